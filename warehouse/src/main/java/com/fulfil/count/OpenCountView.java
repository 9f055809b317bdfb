package com.fulfil.count;

import java.time.Instant;

/**
 * An open count on the scanner's list (any shop): {@code {"code": "CNT.alfa.7K3M9Q2XAB", "tenant":
 * "alfa", "status": "COUNTING", "bins": 4, "countedBins": 1, "createdAt": "..."}}.
 */
public record OpenCountView(String code, String tenant, CountStatus status, int bins, int countedBins, Instant createdAt) {}
