package id.patuh.identity.web;

import id.patuh.identity.CurrentUser;
import id.patuh.identity.PatuhUser;
import id.patuh.identity.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Who the API caller is and what their scope covers. */
@RestController
@Tag(name = "Identity")
class MeApi {

    private final CurrentUser currentUser;

    MeApi(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    record MeResponse(String username, String displayName, Role role, String officeCode, String entityCode,
                      String unitCode, List<String> provinceCodes) {
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "The authenticated caller, their role and scope")
    MeResponse me() {
        PatuhUser user = currentUser.require();
        return new MeResponse(user.username(), user.displayName(), user.role(), user.officeCode(), user.entityCode(),
                user.unitCode(), user.provinceCodes().stream().sorted().toList());
    }
}
