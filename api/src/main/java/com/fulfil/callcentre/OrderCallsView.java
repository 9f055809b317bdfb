package com.fulfil.callcentre;

import java.util.List;
import java.util.UUID;

/** Every call task of one order and every attempt on them, oldest first. */
public record OrderCallsView(UUID orderId, List<CallTaskView> tasks, List<CallAttemptView> attempts) {}
