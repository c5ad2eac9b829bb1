package id.patuh.improvement;

/**
 * The 14 components of a service standard (komponen standar pelayanan), UU 25/2009 art. 21 and PermenPANRB 15/2014,
 * in the order of the regulation.
 */
public enum StandardComponent {
    PERSYARATAN,
    SISTEM_MEKANISME_PROSEDUR,
    JANGKA_WAKTU,
    BIAYA_TARIF,
    PRODUK_PELAYANAN,
    PENANGANAN_PENGADUAN,
    DASAR_HUKUM,
    SARANA_PRASARANA,
    KOMPETENSI_PELAKSANA,
    PENGAWASAN_INTERNAL,
    JUMLAH_PELAKSANA,
    JAMINAN_PELAYANAN,
    JAMINAN_KEAMANAN_KESELAMATAN,
    EVALUASI_KINERJA
}
