package org.etradecampus.testing;

import io.micronaut.http.client.annotation.Client;
import org.etradecampus.auth.AuthApi;

/** The declarative client shares the server's contract, so the two cannot drift. */
@Client("/")
public interface AuthClient extends AuthApi {
}
