package com.fulfil.security;

import java.util.Set;

/** Keycloak realm roles, carried in the token's {@code groups} claim. */
public final class Role {
  private Role() {}

  public static final String SHOP_ADMIN = "shop-admin";
  public static final String SHOP_MANAGER = "shop-manager";
  public static final String SHOP_VIEWER = "shop-viewer";
  public static final String SHOP_INTEGRATION = "shop-integration";

  public static final String OPERATOR = "operator";
  public static final String SUPERVISOR = "supervisor";
  public static final String STOREKEEPER = "storekeeper";
  public static final String PICKER = "picker";
  public static final String PACKER = "packer";
  public static final String DISPATCHER = "dispatcher";
  public static final String COURIER = "courier";
  public static final String FINANCE = "finance";
  public static final String PLATFORM_ADMIN = "platform-admin";

  /** Roles of a shop's own people and systems; such callers always carry a tenant. */
  public static final Set<String> TENANT_ROLES =
      Set.of(SHOP_ADMIN, SHOP_MANAGER, SHOP_VIEWER, SHOP_INTEGRATION);

  /** Roles of the operator's staff; such callers carry no tenant and act across tenants. */
  public static final Set<String> STAFF_ROLES =
      Set.of(
          OPERATOR, SUPERVISOR, STOREKEEPER, PICKER, PACKER, DISPATCHER, COURIER, FINANCE,
          PLATFORM_ADMIN);
}
