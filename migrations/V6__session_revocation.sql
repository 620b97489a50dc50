-- Sessions are signed tokens; signing out (or an admin changing a user's role or password) makes
-- every session token issued to that user before this instant invalid on every instance.
ALTER TABLE app_user ADD COLUMN sessions_valid_after TIMESTAMP WITH TIME ZONE;
