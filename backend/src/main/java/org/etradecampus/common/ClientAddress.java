package org.etradecampus.common;

import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;

/**
 * The address of the client making the current request, as throttling keys it: the socket's peer,
 * or MICRONAUT_SERVER_CLIENT_ADDRESS_HEADER when a trusted proxy sets one.
 */
@Singleton
public class ClientAddress {

    private final HttpClientAddressResolver resolver;

    ClientAddress(HttpClientAddressResolver resolver) {
        this.resolver = resolver;
    }

    public String current() {
        return ServerRequestContext.currentRequest().map(resolver::resolve).orElse("unknown");
    }
}
