package org.etradecampus.testing;

import io.micronaut.http.client.annotation.Client;
import org.etradecampus.country.CountryApi;

@Client("/")
public interface CountryClient extends CountryApi {
}
