-- Who issues a program's certificates (programs.yaml `issuer`), named on the printed certificate: all of it or
-- none (a program without one cannot have its certificates printed).
ALTER TABLE curricula
    ADD COLUMN issuer_body text,
    ADD COLUMN issuer_parent_body text,
    ADD COLUMN issuer_signer_title text,
    ADD COLUMN issuer_place text,
    ADD CONSTRAINT curricula_issuer_whole CHECK (
        (issuer_body IS NULL) = (issuer_signer_title IS NULL)
        AND (issuer_body IS NULL) = (issuer_place IS NULL)
        AND (issuer_parent_body IS NULL OR issuer_body IS NOT NULL));
