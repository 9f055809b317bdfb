/**
 * Web conventions every resource follows: RFC 9457 problem+json errors that name the offending
 * field, bounded request bodies, cursor paging and {@code Idempotency-Key} on POST.
 */
package com.fulfil.web;
