package com.fulfil.notification;

import com.fulfil.tenancy.PlatformScope;
import com.fulfil.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/** For in-container tests: one transaction in which platform staff act for a shop, as the call-centre does. */
@ApplicationScoped
public class StaffDesk {

  @Inject PlatformScope platform;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public <T> T runAs(TenantId shop, Supplier<T> work) {
    return platform.runAs(shop, "test", work);
  }
}
