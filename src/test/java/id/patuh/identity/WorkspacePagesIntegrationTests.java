package id.patuh.identity;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Pages enforce role and scope on the server, answer bad forms with field messages, and speak the user's language. */
@SpringBootTest
@AutoConfigureMockMvc
class WorkspacePagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor admin;
    RequestPostProcessor officeHead;
    RequestPostProcessor assessor;
    RequestPostProcessor coordinator;
    RequestPostProcessor operator;

    @BeforeEach
    void signIn() {
        admin = as("admin.demo");
        officeHead = as("kepala.banten");
        assessor = as("asisten.banten");
        coordinator = as("koordinator.pandeglang");
        operator = as("operator.pandeglang");
    }

    private RequestPostProcessor as(String username) {
        UserDetails details = users.loadUserByUsername(username);
        return user(details);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPageFromTheWorkspace() throws Exception {
        mvc.perform(get("/workspace")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString("Nama pengguna")));
    }

    @Test
    void thePublicBrowsesAndSearchesEntitiesWithoutLoggingIn() throws Exception {
        mvc.perform(get("/entities").param("q", "pandeglang")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Pemerintah Kabupaten Pandeglang")))
                .andExpect(content().string(not(containsString("Pemerintah Kabupaten Lebak"))));
        mvc.perform(get("/entities/36.01")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Dinas Kependudukan dan Pencatatan Sipil")));
        mvc.perform(get("/entities/99.99")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Penyelenggara dengan kode 99.99 tidak ditemukan")));
        mvc.perform(get("/entities").param("type", "BOGUS")).andExpect(status().isBadRequest());
    }

    @Test
    void anHtmxSearchGetsOnlyTheResultsFragment() throws Exception {
        mvc.perform(get("/entities").param("q", "klaten").header("HX-Request", "true")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Pemerintah Kabupaten Klaten")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void anAssessorSeesOnlyTheProvincesOfTheirOffice() throws Exception {
        String page = mvc.perform(get("/workspace").with(assessor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Pemerintah Kabupaten Pandeglang", "Pemerintah Provinsi Banten")
                .doesNotContain("Pemerintah Kabupaten Klaten", "Kementerian Luar Negeri");
    }

    @Test
    void coordinatorsAndOperatorsSeeTheirOwnEntityAndUnit() throws Exception {
        mvc.perform(get("/workspace").with(coordinator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Pemerintah Kabupaten Pandeglang")))
                .andExpect(content().string(not(containsString("Pemerintah Kabupaten Lebak"))));
        mvc.perform(get("/workspace").with(operator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kartu Tanda Penduduk Elektronik")));
    }

    @Test
    void onlyHeadquartersEditsTheRegistry() throws Exception {
        for (RequestPostProcessor someone : new RequestPostProcessor[]{officeHead, assessor, coordinator, operator}) {
            mvc.perform(get("/workspace/entities/new").with(someone)).andExpect(status().isForbidden());
            mvc.perform(post("/workspace/entities/36.01/units/new").with(someone).with(csrf())
                    .param("code", "HACK").param("name", "x").param("kind", "OTHER")).andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select count(*) from service_units where code = 'HACK'").query(Integer.class).single()).isZero();
        mvc.perform(get("/workspace/entities/new").with(admin)).andExpect(status().isOk());
    }

    @Test
    void anInvalidFormComesBackWithFieldMessagesAndSavesNothing() throws Exception {
        mvc.perform(post("/workspace/entities/new").with(admin).with(csrf())
                        .param("code", "lower case").param("name", "").param("type", "KEMENTERIAN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wajib diisi.")))
                .andExpect(content().string(containsString("field-error")));
        mvc.perform(post("/workspace/entities/new").with(admin).with(csrf())
                        .param("code", "lower case").param("name", "Kementerian Uji").param("type", "KEMENTERIAN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("tidak valid")));
        assertThat(jdbc.sql("select count(*) from entities where name = 'Kementerian Uji'").query(Integer.class).single()).isZero();
    }

    @Test
    void anAdminAddsAUnitAndAProductThroughTheForms() throws Exception {
        mvc.perform(post("/workspace/entities/36.04/units/new").with(admin).with(csrf())
                        .param("code", "MPP").param("name", "Mal Pelayanan Publik Kabupaten Serang").param("kind", "OTHER"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/entities/36.04"));
        mvc.perform(post("/workspace/entities/36.04/units/MPP/products").with(admin).with(csrf())
                        .param("code", "NIB").param("name", "Nomor Induk Berusaha"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/entities/36.04")).andExpect(content().string(containsString("Mal Pelayanan Publik Kabupaten Serang")))
                .andExpect(content().string(containsString("Nomor Induk Berusaha")));
        mvc.perform(post("/workspace/entities/36.04/units/new").with(admin).with(csrf())
                        .param("code", "MPP").param("name", "Duplikat").param("kind", "OTHER"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("sudah ada")));
    }

    @Test
    void anOfficeHeadManagesOnlyTheirOwnOfficesAssessors() throws Exception {
        String page = mvc.perform(get("/workspace/users").with(officeHead)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("asisten.banten").doesNotContain("asisten.jateng", "admin.demo");
        mvc.perform(post("/workspace/users").with(officeHead).with(csrf())
                        .param("username", "asisten.baru").param("displayName", "Asisten Baru")
                        .param("password", "kata-sandi-panjang").param("role", "ASSESSOR").param("officeCode", "PWK-33"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/workspace/users").with(officeHead).with(csrf())
                        .param("username", "asisten.baru").param("displayName", "Asisten Baru")
                        .param("password", "kata-sandi-panjang").param("role", "ADMIN").param("officeCode", "PWK-36"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/workspace/users").with(officeHead).with(csrf())
                        .param("username", "asisten.baru").param("displayName", "Asisten Baru")
                        .param("password", "kata-sandi-panjang").param("role", "ASSESSOR").param("officeCode", "PWK-36"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select office_code from users where username = 'asisten.baru'").query(String.class).single())
                .isEqualTo("PWK-36");
        mvc.perform(get("/workspace/users").with(assessor)).andExpect(status().isForbidden());
        mvc.perform(get("/workspace/users").with(coordinator)).andExpect(status().isForbidden());
    }

    @Test
    void anAccountFormWithAShortPasswordOrUnknownScopeIsRefusedBesideTheField() throws Exception {
        mvc.perform(post("/workspace/users").with(admin).with(csrf())
                        .param("username", "koordinator.x").param("displayName", "Koordinator X")
                        .param("password", "pendek").param("role", "ENTITY_COORDINATOR").param("entityCode", "36.01"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("paling sedikit 10 karakter")));
        mvc.perform(post("/workspace/users").with(admin).with(csrf())
                        .param("username", "koordinator.x").param("displayName", "Koordinator X")
                        .param("password", "cukup-panjang-sekali").param("role", "ENTITY_COORDINATOR").param("entityCode", "99.99"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("kode penyelenggara yang terdaftar")));
        assertThat(jdbc.sql("select count(*) from users where username = 'koordinator.x'").query(Integer.class).single()).isZero();
    }

    @Test
    void pagesSwitchToEnglishAndRememberIt() throws Exception {
        var response = mvc.perform(get("/entities").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Providers"))).andReturn().getResponse();
        assertThat(response.getCookie("patuh-lang")).isNotNull();
        mvc.perform(get("/entities").cookie(response.getCookie("patuh-lang")))
                .andExpect(content().string(containsString("All provinces")));
        mvc.perform(get("/entities").header("Accept-Language", "en-US,en;q=0.9"))
                .andExpect(content().string(containsString("Semua provinsi")));
    }

    @Test
    void theDemoBannerShowsWhileDemoAccountsExist() throws Exception {
        mvc.perform(get("/")).andExpect(content().string(containsString("bukan hasil resmi Ombudsman RI")));
    }

    @Test
    void healthIsPublic() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(content().string(containsString("UP")));
    }
}
