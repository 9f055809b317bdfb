/**
 * Orders (issue 3): intake (REST single and batch, CSV), validation, the order's state machine
 * and its timeline of events.
 */
package com.fulfil.order;
