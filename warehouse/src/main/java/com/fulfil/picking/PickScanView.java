package com.fulfil.picking;

import java.time.Instant;
import java.util.UUID;

/** A row of the scan log: who scanned what at which step of which pick, and whether it was right. */
public record PickScanView(UUID id, String picker, UUID listId, UUID pickId, String step, String scanned, boolean ok, Instant scannedAt) {}
