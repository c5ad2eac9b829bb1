/** Users, roles and scopes, login, HTTP Basic and personal API tokens. */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package id.patuh.identity;
