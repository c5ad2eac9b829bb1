package id.patuh.results;

import id.patuh.cycle.Cycles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** HQ's determination page on cycle 2047 (owned by this class): the list of what blocks it, the decree, reopening. */
@SpringBootTest
@AutoConfigureMockMvc
class DeterminationPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Cycles cycles;

    @Autowired
    DirectScores scores;

    @Test
    void headquartersDeterminesFromThePageAfterSeeingWhatBlocksItAndCanReopenWithAReason() throws Exception {
        var admin = user(users.loadUserByUsername("admin.demo"));
        cycles.open(2047, "ombudsman-2025");
        scores.record(2047, "33.03", "DUKCAPIL", new BigDecimal("81.00"), null, "test");
        cycles.joinLocus(2047, "33.03", "DINSOS");

        mvc.perform(get("/workspace/cycles/2047/determination").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tetapkan hasil")));
        mvc.perform(post("/workspace/cycles/2047/determination").with(admin).with(csrf())
                        .param("decreeNumber", "3 TAHUN 2047").param("decreeDate", "2047-12-01")
                        .param("publishAt", "2047-12-14T10:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 unit belum lengkap, belum diverifikasi atau masih memiliki klarifikasi yang belum diputus")))
                .andExpect(content().string(containsString("33.03 / DINSOS")))
                .andExpect(content().string(containsString("value=\"3 TAHUN 2047\"")));

        scores.record(2047, "33.03", "DINSOS", new BigDecimal("79.00"), null, "test");
        mvc.perform(post("/workspace/cycles/2047/determination").with(admin).with(csrf())
                        .param("decreeNumber", "3 TAHUN 2047").param("decreeDate", "2047-12-01")
                        .param("publishAt", "2047-12-14T10:00"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "results.determination.done"));
        mvc.perform(get("/workspace/cycles/2047/determination").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("3 TAHUN 2047")))
                .andExpect(content().string(containsString("14 Desember 2047 10:00 +07:00")))
                .andExpect(content().string(containsString("Buka kembali untuk koreksi")));

        mvc.perform(post("/workspace/cycles/2047/determination/reopen").with(admin).with(csrf()).param("reason", " "))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Sebutkan alasan koreksi")));
        mvc.perform(post("/workspace/cycles/2047/determination/reopen").with(admin).with(csrf())
                        .param("reason", "Nilai DINSOS salah ketik"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/workspace/cycles/2047/determination").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tetapkan versi koreksi (ralat)")))
                .andExpect(content().string(containsString("Nilai DINSOS salah ketik")));
        mvc.perform(get("/workspace/cycles/2047/determination").with(user(users.loadUserByUsername("kepala.jateng"))))
                .andExpect(status().isForbidden());
    }
}
