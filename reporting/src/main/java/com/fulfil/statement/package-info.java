/**
 * Statements (not built yet): the monthly PDF statement per tenant and the operational documents
 * (JasperReports). This module holds the report templates and report services as they are built.
 */
package com.fulfil.statement;
