package id.patuh.registry.web;

import id.patuh.registry.Entities;
import id.patuh.registry.Entity;
import id.patuh.registry.EntitySearch;
import id.patuh.registry.EntitySummary;
import id.patuh.registry.EntityType;
import id.patuh.registry.Province;
import id.patuh.registry.Provinces;
import id.patuh.registry.RegionalOffice;
import id.patuh.registry.RegionalOffices;
import id.patuh.registry.ServiceProduct;
import id.patuh.registry.ServiceUnit;
import id.patuh.registry.ServiceUnitSaved;
import id.patuh.registry.UnitKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The registry over JSON: public reads, admin writes. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Registry", description = "Provinces, assessed entities, service units and products, regional offices")
class RegistryApi {

    private final Provinces provinces;
    private final Entities entities;
    private final RegionalOffices offices;

    RegistryApi(Provinces provinces, Entities entities, RegionalOffices offices) {
        this.provinces = provinces;
        this.entities = entities;
        this.offices = offices;
    }

    record ProvinceResponse(String code, String name) {
        static ProvinceResponse of(Province p) {
            return new ProvinceResponse(p.code(), p.name());
        }
    }

    record EntityResponse(String code, String name, EntityType type, String provinceCode) {
        static EntityResponse of(EntitySummary e) {
            return new EntityResponse(e.code(), e.name(), e.type(), e.provinceCode());
        }
    }

    record UnitResponse(String code, String name, UnitKind kind) {
        static UnitResponse of(ServiceUnit u) {
            return new UnitResponse(u.code(), u.name(), u.kind());
        }
    }

    record EntityDetailResponse(String code, String name, EntityType type, String provinceCode, String provinceName,
                                List<UnitResponse> units) {
        static EntityDetailResponse of(Entity e) {
            return new EntityDetailResponse(e.code(), e.name(), e.type(),
                    e.province() == null ? null : e.province().code(), e.province() == null ? null : e.province().name(),
                    e.units().stream().map(UnitResponse::of).toList());
        }
    }

    record UnitDetailResponse(String entityCode, String code, String name, UnitKind kind, List<ProductResponse> products) {
        static UnitDetailResponse of(ServiceUnit u) {
            return new UnitDetailResponse(u.entityCode(), u.code(), u.name(), u.kind(),
                    u.products().stream().map(ProductResponse::of).toList());
        }
    }

    record ProductResponse(String code, String name) {
        static ProductResponse of(ServiceProduct p) {
            return new ProductResponse(p.code(), p.name());
        }
    }

    record OfficeResponse(String code, String name, String city, List<String> provinceCodes) {
        static OfficeResponse of(RegionalOffice o) {
            return new OfficeResponse(o.code(), o.name(), o.city(), o.provinceCodes());
        }
    }

    record UnitRequest(@NotBlank @Size(max = 200) String name, @NotNull UnitKind kind) {
    }

    record ProductRequest(@NotBlank @Size(max = 200) String name) {
    }

    record NewEntityRequest(@NotBlank String code, @NotBlank @Size(max = 200) String name, @NotNull EntityType type) {
    }

    record RenameRequest(@NotBlank @Size(max = 200) String name) {
    }

    @GetMapping("/provinces")
    @Operation(summary = "All 38 provinces with their Kemendagri codes")
    List<ProvinceResponse> provinces() {
        return provinces.all().stream().map(ProvinceResponse::of).toList();
    }

    @GetMapping("/entities")
    @Operation(summary = "Every entity matching the filters (type, province code, text in name or code)")
    List<EntityResponse> entities(@RequestParam(required = false) EntityType type,
                                  @RequestParam(required = false) String province,
                                  @RequestParam(required = false) String q) {
        if (province != null && !province.isBlank()) {
            provinces.require(province.trim());
        }
        return entities.search(new EntitySearch(type, province, q)).stream().map(EntityResponse::of).toList();
    }

    @GetMapping("/entities/{code}")
    @Operation(summary = "One entity with its service units")
    EntityDetailResponse entity(@PathVariable String code) {
        return EntityDetailResponse.of(entities.require(code));
    }

    @PostMapping("/entities")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Adds a ministry or agency (ADMIN); regional governments come from Kemendagri data")
    EntityResponse addEntity(@Valid @RequestBody NewEntityRequest request) {
        return EntityResponse.of(entities.addCentralEntity(request.code(), request.name(), request.type()));
    }

    @PutMapping("/entities/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Renames an entity (ADMIN)")
    EntityResponse rename(@PathVariable String code, @Valid @RequestBody RenameRequest request) {
        return EntityResponse.of(entities.rename(code, request.name()));
    }

    @GetMapping("/entities/{code}/units/{unitCode}")
    @Operation(summary = "One service unit with its products")
    UnitDetailResponse unit(@PathVariable String code, @PathVariable String unitCode) {
        return UnitDetailResponse.of(entities.requireUnit(code, unitCode));
    }

    @PutMapping("/entities/{code}/units/{unitCode}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Creates or updates a service unit (ADMIN): 201 when created, 200 when updated")
    ResponseEntity<UnitResponse> saveUnit(@PathVariable String code, @PathVariable String unitCode,
                                          @Valid @RequestBody UnitRequest request) {
        ServiceUnitSaved saved = entities.saveUnit(code, unitCode, request.name(), request.kind());
        return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new UnitResponse(saved.unitCode(), saved.name(), saved.kind()));
    }

    @DeleteMapping("/entities/{code}/units/{unitCode}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Removes a service unit and its products (ADMIN)")
    void removeUnit(@PathVariable String code, @PathVariable String unitCode) {
        entities.removeUnit(code, unitCode);
    }

    @PutMapping("/entities/{code}/units/{unitCode}/products/{productCode}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Creates or renames a service product of a unit (ADMIN)")
    ProductResponse saveProduct(@PathVariable String code, @PathVariable String unitCode, @PathVariable String productCode,
                                @Valid @RequestBody ProductRequest request) {
        return ProductResponse.of(entities.saveProduct(code, unitCode, productCode, request.name()));
    }

    @DeleteMapping("/entities/{code}/units/{unitCode}/products/{productCode}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Removes a service product (ADMIN)")
    void removeProduct(@PathVariable String code, @PathVariable String unitCode, @PathVariable String productCode) {
        entities.removeProduct(code, unitCode, productCode);
    }

    @GetMapping("/offices")
    @Operation(summary = "Regional offices (Perwakilan) and the provinces each covers")
    List<OfficeResponse> offices() {
        return offices.all().stream().map(OfficeResponse::of).toList();
    }
}
