package id.patuh.exchange.archive;

import java.util.List;

/**
 * What a restore wrote: the cycle, the files with their rows, what was created in the target's registry and accounts,
 * which tables had their generated ids renumbered because the archive's ids were taken there, how many evidence files'
 * bytes went into the store, and which the archive itself lacked (the writing server had lost them).
 */
record ArchiveRestored(int year, String methodologyId, boolean methodologyLoaded, int entitiesCreated,
                       int unitsCreated, int productsCreated, List<String> assessorsCreated,
                       List<String> renumberedTables, List<RestoredFile> files, int storedFilesRestored,
                       List<String> storedFilesMissing) {

    /** One file of the archive and how many of its rows were read. */
    record RestoredFile(String name, String table, long rows) {
    }
}
