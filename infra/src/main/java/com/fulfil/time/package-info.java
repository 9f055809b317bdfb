/** Time: the injected {@link java.time.Clock}; times are stored in UTC. */
package com.fulfil.time;
