package com.fulfil.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.fulfil.tenancy.PlatformOwned;
import com.fulfil.tenancy.TenantOwned;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

/** The house rules of STYLE.md, enforced by the build rather than by review. */
class HouseRulesTest {

  private static final JavaClasses APP =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.fulfil");

  @Test
  void onlyRepositoriesAndTheTenancyMechanismTouchTheEntityManager() {
    noClasses()
        .that().haveSimpleNameNotEndingWith("Repository")
        .and().doNotHaveSimpleName("TenantSession")
        .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
        .because("repositories are the only place that touches EntityManager")
        .check(APP);
  }

  @Test
  void noEntityCrossesTheHttpBoundary() {
    noClasses()
        .that().areAnnotatedWith(Path.class)
        .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
        .because("resources speak in Request/View records; entities never leave a service")
        .check(APP);
  }

  @Test
  void everyResourceDeclaresWhoMayCallIt() {
    classes()
        .that().areAnnotatedWith(Path.class)
        .should().beAnnotatedWith(RolesAllowed.class)
        .orShould().beAnnotatedWith(PermitAll.class)
        .because("deny by default: an endpoint without a role rule is a leak waiting to happen")
        .check(APP);
  }

  @Test
  void entitiesWithATenantColumnExtendTheTenantOwnedBase() {
    classes()
        .that().areAnnotatedWith(Entity.class)
        .and().doNotHaveSimpleName("Tenant")
        .and().areNotAnnotatedWith(PlatformOwned.class)
        .should().beAssignableTo(TenantOwned.class)
        .because("tenant isolation must come from one mechanism that fails closed")
        .check(APP);
  }

  @Test
  void platformOwnedEntitiesHoldNoTenantData() {
    noFields()
        .that().areDeclaredInClassesThat().areAnnotatedWith(PlatformOwned.class)
        .should().haveNameMatching("(?i)tenant.*")
        .because("a shop's data must not hide behind the platform-owned mark, outside row-level security")
        .check(APP);
    classes()
        .that().areAnnotatedWith(PlatformOwned.class)
        .should().beAnnotatedWith(Entity.class)
        .andShould().notBeAssignableTo(TenantOwned.class)
        .because("the mark is for entities that are platform data")
        .check(APP);
  }

  @Test
  void noFloatingPointState() {
    noFields()
        .should().haveRawType(double.class)
        .orShould().haveRawType(float.class)
        .orShould().haveRawType(Double.class)
        .orShould().haveRawType(Float.class)
        .because("money and quantities are integers (minor units, grams, millimetres)")
        .check(APP);
  }
}
