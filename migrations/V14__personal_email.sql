-- Personal e-mail (issue 13): which of the things in a user's court also reach them by e-mail.

CREATE TABLE user_email_settings (
    user_id    BIGINT                   NOT NULL PRIMARY KEY,
    -- Null: the user gets no e-mail (their choice of items is kept for when they give one).
    email      VARCHAR(320),
    -- Comma-separated court item types: REQUEST, ACTION_ITEM, POSTMORTEM, SHADOW_CANDIDATE.
    item_types VARCHAR(100)             NOT NULL,
    version    BIGINT                   NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT user_email_settings_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);

-- A delivery goes to a channel or, as a personal e-mail, to one user.
ALTER TABLE notification_delivery ALTER COLUMN channel_id DROP NOT NULL;
ALTER TABLE notification_delivery ADD COLUMN user_id BIGINT;
ALTER TABLE notification_delivery
    ADD CONSTRAINT notification_delivery_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE;
ALTER TABLE notification_delivery
    ADD CONSTRAINT notification_delivery_recipient CHECK ((channel_id IS NULL) <> (user_id IS NULL));
ALTER TABLE notification_delivery
    ADD CONSTRAINT notification_delivery_user_unique UNIQUE (notification_id, user_id);
CREATE INDEX notification_delivery_user ON notification_delivery (user_id, id);
