package com.fulfil.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The application exactly as built: the WAR that Payara Micro runs in production. */
public final class Deployments {
  private Deployments() {}

  public static WebArchive application() {
    String war = System.getProperty("fulfil.war", "target/api.war");
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(war));
  }
}
