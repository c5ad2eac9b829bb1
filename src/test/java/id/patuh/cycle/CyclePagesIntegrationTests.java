package id.patuh.cycle;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The setup, assignment and "my assignments" pages, by role, in Bahasa Indonesia first; on cycle 2030. */
@SpringBootTest
@AutoConfigureMockMvc
class CyclePagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Cycles cycles;

    RequestPostProcessor admin;
    RequestPostProcessor bantenHead;
    RequestPostProcessor bantenAssessor;

    @BeforeEach
    void setUp() {
        admin = user(users.loadUserByUsername("admin.demo"));
        bantenHead = user(users.loadUserByUsername("kepala.banten"));
        bantenAssessor = user(users.loadUserByUsername("asisten.banten"));
        for (int year : new int[]{2030, 2031}) {
            if (cycles.find(year).isEmpty()) {
                cycles.open(year, "ombudsman-2025");
            }
        }
        cycles.joinLocus(2030, "36.72", "DINDIK");
    }

    @Test
    void headquartersSetsUpACycleOnItsSetupPageAndNobodyElseMay() throws Exception {
        mvc.perform(get("/workspace/cycles/2030/setup").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Persiapan siklus 2030")))
                .andExpect(content().string(containsString("Pengambilan data")));
        mvc.perform(get("/workspace/cycles/2031/setup").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Salin lokus tahun lalu")))
                .andExpect(content().string(containsString("<option value=\"2030\">2030</option>")));
        mvc.perform(get("/workspace/cycles/2030/setup").param("entity", "36.72").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Akta Kelahiran")));
        mvc.perform(get("/workspace/cycles/2030/setup").with(bantenHead)).andExpect(status().isForbidden());
        mvc.perform(post("/workspace/cycles/2030/phases").with(admin).with(csrf())
                        .param("start.DATA_COLLECTION", "2030-06-01").param("end.DATA_COLLECTION", "2030-05-01"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("sebelum dimulai")));
        mvc.perform(post("/workspace/cycles/2030/locus/36.72/units/DINDIK/products").with(admin).with(csrf())
                        .param("products", "LEGALISIR"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("tepat 2")));
        mvc.perform(post("/workspace/cycles/2030/locus/36.72/units/DINDIK/products").with(admin).with(csrf())
                        .param("products", "LEGALISIR", "MUTASI"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "cycle.locus.productsChosen"));
    }

    @Test
    void anOfficeHeadAssignsFromTheAssignmentsPageAndTheAssessorFindsItUnderMyAssignments() throws Exception {
        mvc.perform(get("/workspace/assignments").param("year", "2030").with(bantenHead)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Beban kerja")))
                .andExpect(content().string(containsString("Kota Cilegon")))
                .andExpect(content().string(not(containsString("Kabupaten Magelang"))));
        mvc.perform(post("/workspace/assignments/2030/36.72/DINDIK").with(bantenHead).with(csrf())
                        .param("assessor", "asisten.banten").param("visitDate", "2030-07-01"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "cycle.assignment.saved"));
        mvc.perform(get("/workspace/assignments").with(bantenAssessor)).andExpect(status().isForbidden());
        mvc.perform(get("/workspace").with(bantenAssessor)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tugas saya")))
                .andExpect(content().string(containsString("Dinas Pendidikan")))
                .andExpect(content().string(containsString("2030-07-01")));
        mvc.perform(get("/workspace").with(bantenHead)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Tugas saya"))))
                .andExpect(content().string(containsString("href=\"/workspace/assignments\"")));
    }
}
