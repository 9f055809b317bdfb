/** Money: integer minor units with a currency; never floating point. */
package com.fulfil.money;
