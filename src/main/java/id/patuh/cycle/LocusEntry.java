package id.patuh.cycle;

import id.patuh.registry.ServiceProduct;

import java.util.List;

/** A unit of a cycle's locus with the service products chosen to be observed there. */
public record LocusEntry(LocusUnit unit, List<ServiceProduct> observedProducts) {
}
