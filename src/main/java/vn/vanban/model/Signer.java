package vn.vanban.model;

import java.util.Objects;

/**
 * The signature block (ô 7).
 *
 * @param authority TM, KT, TL, TUQ or Q; null when the head signs in their own name
 * @param onBehalfOf the collective body after "TM.", e.g. "Ủy ban nhân dân"; null for none
 * @param principalTitle the head's title after KT./TL./TUQ./Q., e.g. "Chủ tịch"
 * @param title the signer's own title, e.g. "Phó Chủ tịch"; null when the authority line says it
 * @param name the signer's name
 */
public record Signer(Authority authority, String onBehalfOf, String principalTitle, String title, String name) {

    public Signer {
        Objects.requireNonNull(name, "name");
    }
}
