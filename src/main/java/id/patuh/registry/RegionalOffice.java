package id.patuh.registry;

import java.util.List;

/** A regional office (Perwakilan) of Ombudsman RI and the provinces whose providers it assesses. */
public record RegionalOffice(String code, String name, String city, List<String> provinceCodes) {
}
