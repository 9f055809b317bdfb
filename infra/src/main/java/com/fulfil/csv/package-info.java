/**
 * CSV: the one RFC 4180 reader that every upload (catalogue, orders) uses, so that quoting, line
 * numbering and error reporting behave the same in every import.
 */
package com.fulfil.csv;
