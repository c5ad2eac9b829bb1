package id.patuh.registry;

/** A service product (produk layanan) a unit delivers, e.g. an ID card or a business licence. */
public record ServiceProduct(String code, String name) {
}
