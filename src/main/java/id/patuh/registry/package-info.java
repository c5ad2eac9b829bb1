/** Provinces, the providers Ombudsman RI assesses, their service units and products, and the regional offices. */
@org.springframework.modulith.ApplicationModule(displayName = "Registry")
package id.patuh.registry;
