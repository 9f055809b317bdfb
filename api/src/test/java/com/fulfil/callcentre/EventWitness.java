package com.fulfil.callcentre;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test-only bean deployed into the server: keeps every {@link BuyerUnreachable} fired, as a listener of the shop's notifications would. */
@ApplicationScoped
public class EventWitness {

  private final List<BuyerUnreachable> unreachable = new CopyOnWriteArrayList<>();

  void on(@Observes BuyerUnreachable e) {
    unreachable.add(e);
  }

  public List<BuyerUnreachable> unreachable() {
    return List.copyOf(unreachable);
  }
}
