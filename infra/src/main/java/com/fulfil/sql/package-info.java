/** Reading native SQL rows: {@link com.fulfil.sql.NativeRows}. */
package com.fulfil.sql;
