package id.patuh;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(PatuhApplication.class);

    @Test
    void modulesHaveNoCyclesAndNoReachesIntoEachOthersInternals() {
        MODULES.verify();
    }

    @Test
    void moduleDiagramsAreWrittenForTheDocs() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
