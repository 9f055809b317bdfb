/**
 * Fulfilment: the wiring between orders (api) and the warehouse (warehouse module), which cannot
 * see each other's types. A confirmed order asks the warehouse to reserve its stock and moves on to
 * ALLOCATED, or to BACKORDERED when stock is short; a cancelled order's reservation is released.
 * Owns no table.
 */
package com.fulfil.fulfilment;
