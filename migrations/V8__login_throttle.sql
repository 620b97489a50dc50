-- One row per login with recent failed sign-ins. The throttle locks it (SELECT ... FOR UPDATE)
-- while it counts the login's recent failures and reserves the next attempt, so simultaneous
-- guesses for one login are counted one after another, never all against the same old count.
CREATE TABLE login_throttle (
    login      VARCHAR(64)              NOT NULL PRIMARY KEY,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
