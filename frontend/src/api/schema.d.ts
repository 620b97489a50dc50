/**
 * GENERATED FILE, do not edit: the TypeScript types of the Wallbreaker API, made by
 * openapi-typescript from the OpenAPI document the backend build writes
 * (backend/target/classes/META-INF/swagger/wallbreaker.yml).
 *
 * To regenerate after changing the API: build the backend, then in frontend/ run
 * `npm run gen:api`. The backend build runs `npm run check:api`, which fails when this file
 * is out of date. Import the named aliases from the *Types.ts modules beside this file.
 */

export interface paths {
  '/api/action-items': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['list']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/audit': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['list_1']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/audit/entity-types': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /**
     * The entity types the caller may filter by: every type for administrators, business records for others.
     * @description The entity types the caller may filter by: every type for administrators, business records for others.
     */
    get: operations['entityTypes']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/auth/login': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    post: operations['login']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/auth/logout': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    post: operations['logout']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/catalog': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['catalog']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/catalog/import': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /**
     * Import Backstage catalog files or a catalog CSV
     * @description A Backstage catalog-info.yaml (one or more YAML documents; application/yaml) or text/csv with the columns kind, namespace, name, title, owner, type, links, hostnames, herokuApps, awsAccountIds. Idempotent by entity ref; entities not in the file are kept. ?format=backstage|csv overrides the content type.
     */
    post: operations['importCatalog']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/catalog/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['knownSystem']
    put?: never
    post?: never
    delete: operations['deleteKnownSystem']
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/connectors': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['list_2']
    put?: never
    post: operations['create']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/connectors/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['get']
    put: operations['update']
    post?: never
    delete: operations['delete']
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/connectors/{id}/deliveries': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['deliveries']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/connectors/{id}/import': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /**
     * Backfill: a Jira search result page, or GitHub's issues list with timelines.
     * @description Backfill: a Jira search result page, or GitHub's issues list with timelines.
     */
    post: operations['importPage']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/connectors/{id}/preview': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /**
     * `{payload, event?, mapping?}` → the requests and events it would produce; nothing is stored.
     * @description `{payload, event?, mapping?}` → the requests and events it would produce; nothing is stored.
     */
    post: operations['preview']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/connectors/{id}/rederive': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /**
     * Derives every synced request of the connector again from its stored changes (after a mapping change).
     * @description Derives every synced request of the connector again from its stored changes (after a mapping change).
     */
    post: operations['rederive']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/connectors/{id}/secret': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /**
     * A new secret (and token URL), shown once; the previous ones stop working at once.
     * @description A new secret (and token URL), shown once; the previous ones stop working at once.
     */
    post: operations['rotateSecret']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/connectors/{id}/webhook': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /**
     * Deliveries from Jira or GitHub: authenticated by their signature (or, for Jira Data Center, the token in the URL), not by a session.
     * @description Deliveries from Jira or GitHub: authenticated by their signature (or, for Jira Data Center, the token in the URL), not by a session.
     */
    post: operations['webhook']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/contributing-factors': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['list_3']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/digest/weekly': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /**
     * The weekly wall digest of the seven days up to today, as leadership receives it.
     * @description The weekly wall digest of the seven days up to today, as leadership receives it.
     */
    get: operations['weeklyDigest']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/health': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['health']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/incidents': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['list_4']
    put?: never
    post: operations['create_1']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/incidents/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['get_1']
    put: operations['update_1']
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/incidents/{id}/action-items': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['actionItems']
    put?: never
    post: operations['addActionItem']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/incidents/{id}/action-items/{itemId}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['actionItem']
    put: operations['updateActionItem']
    post?: never
    delete: operations['deleteActionItem']
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/incidents/{id}/postmortem': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['get_2']
    put: operations['save']
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/incidents/{id}/postmortem.md': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['export']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/incidents/{id}/timeline': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['timeline']
    put?: never
    post: operations['addTimelineEntry']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/incidents/{id}/timeline/{entryId}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put: operations['updateTimelineEntry']
    post?: never
    delete: operations['deleteTimelineEntry']
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/inventories/gone': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /**
     * Registered shadow systems whose inventory item disappeared: candidates for "decommissioned".
     * @description Registered shadow systems whose inventory item disappeared: candidates for "decommissioned".
     */
    get: operations['gone']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/inventories/snapshots': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['snapshots']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/inventories/{source}/import': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /**
     * Import an inventory snapshot
     * @description The raw output of the tool: heroku (`heroku apps --all --json`), aws-organizations (`aws organizations list-accounts`), dns (an RFC 1035 zone file; ?origin= when it has no $ORIGIN), csv (provider, identifier, url, firstSeenAt, owner, evidence; ?feed= names one of several CSV inventories). The snapshot is the source's complete list: what is missing is gone. ?team= is the team that triages the candidates (default: the first OPS team).
     */
    post: operations['importInventory']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/me': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['me']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/me/court': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /**
     * Everything waiting on the user's teams, oldest wait first.
     * @description Everything waiting on the user's teams, oldest wait first.
     */
    get: operations['court']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/me/notification-settings': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /**
     * The user's e-mail address and which kinds of court item also reach them by e-mail.
     * @description The user's e-mail address and which kinds of court item also reach them by e-mail.
     */
    get: operations['settings']
    /**
     * Saves them (with the version read: a stale one is 409); a blank e-mail stops all e-mail.
     * @description Saves them (with the version read: a stale one is 409); a blank e-mail stops all e-mail.
     */
    put: operations['saveSettings']
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/me/notifications': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /**
     * The personal e-mails sent (or waiting) to the user, newest first.
     * @description The personal e-mails sent (or waiting) to the user, newest first.
     */
    get: operations['sent']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/me/password': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    /**
     * Changes the signed-in user's password.
     * @description Changes the signed-in user's password. Every session of the user ends, this one included (the cookie is cleared): sign in again with the new password. API tokens stay valid.
     */
    put: operations['changePassword']
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/metrics/headlines': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /**
     * The dashboard's three sentences (thickest wall, most delayed incident, longest-unnoticed customer data).
     * @description The dashboard's three sentences (thickest wall, most delayed incident, longest-unnoticed customer data).
     */
    get: operations['headlines']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/metrics/incidents': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['incidents']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/metrics/incidents.csv': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['incidentsCsv']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/metrics/shadow': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['shadow']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/metrics/shadow.csv': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['shadowCsv']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/metrics/team-pairs': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['teamPairs']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/metrics/team-pairs.csv': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['teamPairsCsv']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/metrics/team-pairs/heatmap': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['heatmap']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/metrics/team-pairs/{requester}/{responder}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['pair']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/metrics/trends': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['trends']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/metrics/trends.csv': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['trendsCsv']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/notification-channels': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['list_5']
    put?: never
    post: operations['create_2']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/notification-channels/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['get_3']
    put: operations['update_2']
    post?: never
    delete: operations['delete_1']
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/notification-channels/{id}/deliveries': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['deliveries_1']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/notification-channels/{id}/deliveries/{deliveryId}/retry': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /**
     * Queues a delivery again (a dead one after its endpoint was fixed), with a fresh count of attempts.
     * @description Queues a delivery again (a dead one after its endpoint was fixed), with a fresh count of attempts.
     */
    post: operations['retry']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/notification-channels/{id}/secret': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /**
     * A WEBHOOK channel's new signing secret, shown once in the answer (409 for other kinds).
     * @description A WEBHOOK channel's new signing secret, shown once in the answer (409 for other kinds).
     */
    post: operations['rotateSecret_1']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/notification-channels/{id}/test': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /**
     * Sends a test message now; the answer says whether the channel took it.
     * @description Sends a test message now; the answer says whether the channel took it.
     */
    post: operations['test']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/ola-targets': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['olaTargets']
    put: operations['replaceOlaTargets']
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/ola-targets/usage': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['olaTargetUsage']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/postmortems/check': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    post: operations['check']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/postmortems/preview': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    post: operations['preview_1']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/requests': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['list_6']
    put?: never
    post: operations['create_3']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/requests/import': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    post: operations['importHistory']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/requests/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['get_4']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/requests/{id}/events': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    post: operations['appendEvent']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/search': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['search']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/shadow-candidates': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['candidates']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/shadow-candidates/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['candidate']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/shadow-candidates/{id}/confirm': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /**
     * Confirm a candidate as a shadow system
     * @description Pre-filled from the evidence (name, provider, url, firstLiveAt = first seen, the source's discovery method, the guessed owner, the triaging team as discoverer); any field of the shadow system create body overrides. dataClassification is required. Answers 201 with the shadow system.
     */
    post: operations['confirm']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/shadow-candidates/{id}/ignore': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    post: operations['ignore']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/shadow-candidates/{id}/known': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    post: operations['known']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/shadow-systems': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['list_7']
    put?: never
    post: operations['create_4']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/shadow-systems/import': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /**
     * Bulk import for discovery scripts
     * @description A JSON array of create bodies, or text/csv (UTF-8) with a header row of the same field names and motivatedBy as space-separated request ids. Row numbers in errors are 1-based data rows (the CSV header is row 0). Systems are matched by (provider, url), else (provider, name, ownerTeam); empty optional cells keep stored values.
     */
    post: operations['importFile']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/shadow-systems/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['get_5']
    put: operations['update_3']
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/teams': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['list_8']
    put?: never
    post: operations['create_5']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/teams/{slug}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['get_6']
    put: operations['update_4']
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/tokens': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['list_9']
    put?: never
    post: operations['create_6']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/tokens/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    post?: never
    delete: operations['revoke']
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/users': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['list_10']
    put?: never
    post: operations['create_7']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/users/{login}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get: operations['get_7']
    put: operations['update_5']
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
}
export type webhooks = Record<string, never>
export interface components {
  schemas: {
    /** @description Body of `POST /api/incidents/{id}/action-items`; status defaults to OPEN. */
    ActionItemCreate: {
      title: string
      ownerTeam: string
      dueDate?: string | null
      status?: string | null
    }
    /**
     * @description State of an action item; only OPEN items can be overdue.
     * @enum {string}
     */
    ActionItemStatus: 'OPEN' | 'DONE' | 'WONT_DO'
    /** @description Body of `PUT /api/incidents/{id}/action-items/{itemId}`: the create fields plus the version read. */
    ActionItemUpdate: {
      title: string
      ownerTeam: string
      dueDate?: string | null
      status?: string | null
      /** Format: int64 */
      version?: number | null
    }
    /** @description An action item as the API shows it; `overdue` is OPEN with a due date before today (UTC). */
    ActionItemView: {
      /** Format: int64 */
      id: number
      /** Format: int64 */
      incidentId: number
      incidentKey: string
      title: string
      ownerTeam: string
      /** Format: date */
      dueDate?: string | null
      status: components['schemas']['ActionItemStatus']
      overdue: boolean
      /** Format: int64 */
      version: number
    }
    /** @description Body of `POST /api/tokens`: a name to recognise the token by and an optional expiry. */
    ApiTokenCreate: {
      name: string
      /** Format: date-time */
      expiresAt?: string | null
    }
    /** @description A new token: the only response that ever contains the secret. */
    ApiTokenCreated: {
      /** Format: int64 */
      id: number
      name: string
      token: string
      /** Format: date-time */
      createdAt: string
      /** Format: date-time */
      expiresAt?: string | null
    }
    /** @description A token in the owner's list, without its secret. */
    ApiTokenView: {
      /** Format: int64 */
      id: number
      name: string
      /** Format: date-time */
      createdAt: string
      /** Format: date-time */
      expiresAt?: string | null
      /** Format: date-time */
      lastUsedAt?: string | null
    }
    /** @description One kind of record the audit trail knows, for the filter's select. */
    'AuditController.EntityType': {
      slug: string
      label: string
      adminOnly: boolean
    }
    /** @description An audit entry as the API shows it; `parentType`/`parentId` name the record a child record belongs to (an incident for its timeline entries, action items and postmortem). */
    AuditView: {
      /** Format: int64 */
      id: number
      /** Format: date-time */
      at: string
      actor: string
      actorKind: string
      action: string
      entityType: string
      entityId?: string | null
      changes: components['schemas']['Change'][]
      parentType?: string | null
      parentId?: string | null
    }
    /** @description Body of `PUT /api/me/password`. */
    'AuthController.PasswordChange': {
      currentPassword?: string | null
      newPassword?: string | null
    }
    /** @description One field of an update, with its old and new value as text. */
    Change: {
      field: string
      oldValue?: string | null
      newValue?: string | null
    }
    /** @description `POST /api/notification-channels`: `url` for SLACK, TEAMS and WEBHOOK, `address` for EMAIL; `teams` (\[\] or left out: every team); `events` (left out: the defaults). */
    ChannelCreate: {
      kind?: string | null
      name: string
      url?: string | null
      address?: string | null
      teams?: string[] | null
      events?: string[] | null
      enabled?: boolean | null
    }
    /**
     * @description Where a channel sends.
     * @enum {string}
     */
    ChannelKind: 'SLACK' | 'TEAMS' | 'WEBHOOK' | 'EMAIL'
    /** @description `PUT /api/notification-channels/{id}`: `url` / `address` left out keep the stored one. */
    ChannelUpdate: {
      name: string
      url?: string | null
      address?: string | null
      teams?: string[] | null
      events?: string[] | null
      enabled: boolean
      /** Format: int64 */
      version: number
    }
    /** @description A channel as administrators see it. `target` is the e-mail address or the URL; a Slack or Teams URL is itself a secret and shows only its host (`https://hooks.slack.com/...`). `secret` is set only in the answer to creating a WEBHOOK channel or rotating its secret. */
    ChannelView: {
      /** Format: int64 */
      id: number
      kind: components['schemas']['ChannelKind']
      name: string
      target: string
      teams: string[]
      events: string[]
      enabled: boolean
      /** Format: int64 */
      version: number
      /** Format: date-time */
      createdAt: string
      /** Format: date-time */
      updatedAt: string
      secret?: string | null
    }
    /** @description Response of `POST /api/postmortems/check`. */
    CheckResult: {
      findings: components['schemas']['CheckResult.FindingView'][]
    }
    /** @description One phrase that reads as blame, with its 1-based position in the Markdown. */
    'CheckResult.FindingView': {
      /** Format: int32 */
      line: number
      /** Format: int32 */
      column: number
      phrase: string
      reason: string
      suggestion: string
    }
    /** @description `POST /api/connectors`: a connector without `mapping` uses the documented defaults. */
    ConnectorCreate: {
      kind?: string | null
      name: string
      mapping?: components['schemas']['ConnectorMapping'] | null
      enabled?: boolean | null
    }
    /** @description The answer to creating a connector or rotating its secret: the only time the secret and the token URL (for Jira Data Center, which cannot sign) are shown. */
    ConnectorCreated: {
      /** Format: int64 */
      id: number
      kind: components['schemas']['ConnectorKind']
      name: string
      enabled: boolean
      mapping: components['schemas']['ConnectorMapping']
      customMapping: boolean
      webhookUrl: string
      webhookUrlWithToken: string
      secret: string
      /** Format: int64 */
      version: number
    }
    /**
     * @description The ticket systems a connector reads.
     * @enum {string}
     */
    ConnectorKind: 'JIRA' | 'GITHUB'
    /** @description How a connector turns tickets into cross-team requests (docs/CONNECTORS.md, "Mapping"). Every part is optional: an absent part takes its default (#effective), so a connector created without a mapping works out of the box with labels `from:` and `to:`. */
    ConnectorMapping: {
      match?: components['schemas']['ConnectorMapping.Match'] | null
      requester?: components['schemas']['ConnectorMapping.TeamSource'][] | null
      responder?: components['schemas']['ConnectorMapping.TeamSource'][] | null
      teamValues?: {
        [key: string]: string
      } | null
      statuses?: {
        [key: string]: components['schemas']['ConnectorMapping.Phase']
      } | null
      categories?: {
        [key: string]: components['schemas']['ConnectorMapping.Phase']
      } | null
      labels?: {
        [key: string]: components['schemas']['ConnectorMapping.Phase']
      } | null
      declinedResolutions?: string[] | null
      people?: {
        [key: string]: string
      } | null
      kinds?: {
        [key: string]: components['schemas']['RequestKind']
      } | null
    }
    /** @description Which tickets count as cross-team requests; an empty list does not restrict. */
    'ConnectorMapping.Match': {
      projects?: string[] | null
      issueTypes?: string[] | null
      labels?: string[] | null
      repositories?: string[] | null
    }
    /**
     * @description Where a ticket's status puts the request. `DONE` is decided by the resolution.
     * @enum {string}
     */
    'ConnectorMapping.Phase': 'OPEN' | 'STARTED' | 'NEEDS_INFO' | 'DONE' | 'FULFILLED' | 'DECLINED'
    /**
     * @description Kinds of TeamSource.
     * @enum {string}
     */
    'ConnectorMapping.Source':
      'LABEL' | 'PROJECT' | 'COMPONENT' | 'FIELD' | 'REPORTER' | 'ASSIGNEE' | 'REPOSITORY'
    /** @description Where a team comes from; the first source of a list that names a team wins. */
    'ConnectorMapping.TeamSource': {
      source: components['schemas']['ConnectorMapping.Source']
      prefix?: string | null
      field?: string | null
    }
    /** @description `PUT /api/connectors/{id}`: `mapping` null goes back to the defaults; `version` as read. */
    ConnectorUpdate: {
      name: string
      enabled: boolean
      mapping?: components['schemas']['ConnectorMapping'] | null
      /** Format: int64 */
      version: number
    }
    /** @description A connector as administrators see it: never its secret. */
    ConnectorView: {
      /** Format: int64 */
      id: number
      kind: components['schemas']['ConnectorKind']
      name: string
      enabled: boolean
      mapping: components['schemas']['ConnectorMapping']
      customMapping: boolean
      webhookUrl: string
      /** Format: int64 */
      version: number
      /** Format: date-time */
      createdAt: string
      /** Format: date-time */
      updatedAt: string
      /** Format: date-time */
      lastDeliveryAt?: string | null
      last24h: components['schemas']['ConnectorView.Last24h']
      /** Format: int64 */
      requests: number
    }
    /** @description Deliveries of the last 24 hours by what became of them. */
    'ConnectorView.Last24h': {
      /** Format: int64 */
      processed: number
      /** Format: int64 */
      unmapped: number
      /** Format: int64 */
      ignored: number
      /** Format: int64 */
      rejected: number
    }
    /** @description One entry of the controlled list of contributing factors. */
    ContributingFactorView: {
      code: string
      label: string
      description: string
    }
    /** @description One thing waiting. `since`: when it landed in the team's court (the request's hand-off, the action item's creation, the incident's resolution); `targetSeconds`: the time it was given (the OLA target, the due date, the draft allowance), null when none. */
    'Court.Item': {
      type: components['schemas']['Court.ItemType']
      /** Format: int64 */
      id: number
      key: string
      title: string
      team: string
      /** Format: date-time */
      since: string
      /** Format: int64 */
      waitingSeconds: number
      /** Format: int64 */
      targetSeconds?: number | null
      state?: string | null
      link: string
    }
    /**
     * @description Kinds of item.
     * @enum {string}
     */
    'Court.ItemType': 'REQUEST' | 'ACTION_ITEM' | 'POSTMORTEM' | 'SHADOW_CANDIDATE'
    'Court.Items': {
      items: components['schemas']['Court.Item'][]
      /** Format: int32 */
      total: number
    }
    /**
     * @description How sensitive the data a shadow system holds is; `CUSTOMER_PII` exposure is reported separately.
     * @enum {string}
     */
    DataClassification: 'NONE' | 'INTERNAL' | 'CONFIDENTIAL' | 'CUSTOMER_PII'
    /**
     * @description Where one notification to one channel stands.
     * @enum {string}
     */
    DeliveryState: 'PENDING' | 'SENT' | 'RETRYING' | 'DEAD'
    /**
     * @description What became of a delivery (or an import) in a connector's log.
     * @enum {string}
     */
    DeliveryStatus: 'RECEIVED' | 'PROCESSED' | 'UNMAPPED' | 'IGNORED' | 'REJECTED'
    /** @description One entry of a connector's delivery log and what became of it. */
    DeliveryView: {
      /** Format: int64 */
      id: number
      deliveryId: string
      event: string
      /** Format: date-time */
      receivedAt: string
      /** Format: date-time */
      processedAt?: string | null
      status: components['schemas']['DeliveryStatus']
      reason?: string | null
      ticket?: string | null
      /** Format: int64 */
      requestId?: number | null
    }
    /**
     * @description How a shadow system came to light; `SELF_REPORTED` is amnesty, not a failure of detection.
     * @enum {string}
     */
    DiscoveryMethod:
      | 'SELF_REPORTED'
      | 'BILLING_AUDIT'
      | 'DNS_SCAN'
      | 'NETWORK_SCAN'
      | 'INVENTORY'
      | 'INCIDENT'
      | 'OTHER'
    /** @description A shadow-system candidate: an inventory item nobody in the catalog or the registry knows. */
    'DiscoveryViews.Candidate': {
      /** Format: int64 */
      id: number
      source: string
      identifier: string
      name: string
      provider: string
      url?: string | null
      /** Format: date-time */
      firstSeenAt: string
      /** Format: date-time */
      lastSeenAt: string
      present: boolean
      evidence: components['schemas']['DiscoveryViews.Evidence']
      status: string
      unmatchedBecause: string
      team?: string | null
      ownerGuess?: string | null
      ignoreReason?: string | null
      /** Format: int64 */
      shadowSystemId?: number | null
      /** Format: int64 */
      knownSystemId?: number | null
      /** Format: date-time */
      createdAt: string
      /** Format: date-time */
      triagedAt?: string | null
      triagedBy?: string | null
    }
    /** @description The answer of `POST /api/catalog/import`. */
    'DiscoveryViews.CatalogReport': {
      /** Format: int32 */
      entities: number
      /** Format: int32 */
      created: number
      /** Format: int32 */
      updated: number
      /** Format: int32 */
      unchanged: number
      /** Format: int32 */
      skipped: number
      /** Format: int32 */
      closedCandidates: number
      results: components['schemas']['DiscoveryViews.EntityResult'][]
      errors: components['schemas']['ImportError'][]
    }
    /** @description What a catalog import did with one entity. */
    'DiscoveryViews.EntityResult': {
      /** Format: int32 */
      line: number
      ref: string
      action: string
      owner?: string | null
      ownerTeam?: string | null
      identifiers: string[]
      reason?: string | null
    }
    /** @description Where a candidate came from. */
    'DiscoveryViews.Evidence': {
      source: string
      /** Format: int64 */
      firstSnapshotId: number
      /** Format: int64 */
      lastSnapshotId: number
      ownerHint?: string | null
      record: components['schemas']['JsonNode']
    }
    /** @description A registered shadow system whose inventory item is gone: a hint that it may be decommissioned. */
    'DiscoveryViews.Gone': {
      /** Format: int64 */
      shadowSystemId: number
      key: string
      name: string
      status: string
      source: string
      identifier: string
      /** Format: date-time */
      lastSeenAt: string
      /** Format: date-time */
      goneAt: string
    }
    'DiscoveryViews.IdentifierView': {
      kind: string
      value: string
    }
    /** @description Body of `POST /api/shadow-candidates/{id}/ignore`. */
    'DiscoveryViews.IgnoreBody': {
      reason?: string | null
    }
    /** @description Body of `POST /api/shadow-candidates/{id}/known`: the owner, when it was not guessed. */
    'DiscoveryViews.KnownBody': {
      ownerTeam?: string | null
    }
    /** @description A known system of the catalog. */
    'DiscoveryViews.KnownSystem': {
      /** Format: int64 */
      id: number
      ref: string
      kind: string
      name: string
      title?: string | null
      type?: string | null
      owner?: string | null
      ownerTeam?: string | null
      origin: string
      identifiers: components['schemas']['DiscoveryViews.IdentifierView'][]
      /** Format: date-time */
      createdAt: string
      /** Format: date-time */
      updatedAt: string
    }
    /** @description How an owner named by an inventory (a Heroku team, an e-mail) was mapped to a team. */
    'DiscoveryViews.OwnerGuess': {
      hint: string
      team?: string | null
      rule: string
    }
    /** @description The answer of `POST /api/inventories/{source}/import`, and one snapshot in the list. */
    'DiscoveryViews.SnapshotReport': {
      /** Format: int64 */
      snapshotId: number
      source: string
      /** Format: date-time */
      importedAt: string
      importedBy: string
      /** Format: int32 */
      items: number
      /** Format: int32 */
      new: number
      /** Format: int32 */
      stillPresent: number
      /** Format: int32 */
      gone: number
      /** Format: int32 */
      candidates: number
      /** Format: int32 */
      matched: number
      repeated: boolean
      owners: components['schemas']['DiscoveryViews.OwnerGuess'][]
      errors: components['schemas']['ImportError'][]
    }
    /** @description Discovery figures for `/api/metrics/shadow`. */
    'DiscoveryViews.Stats': {
      /** Format: int32 */
      openCandidates: number
      openBySource: {
        [key: string]: number
      }
      /** Format: int32 */
      triaged: number
      /** Format: double */
      p50TimeToTriageSeconds?: number | null
      /** Format: int32 */
      discovered: number
      /** Format: int32 */
      fromInventories: number
      /** Format: int32 */
      byAccident: number
      /** Format: int32 */
      otherwise: number
      /** Format: double */
      inventoryShare?: number | null
      /** Format: double */
      accidentShare?: number | null
    }
    /** @description A personal e-mail sent (or to be sent) to the signed-in user. */
    'EmailPreferences.Sent': {
      /** Format: int64 */
      id: number
      type: string
      title: string
      link: string
      status: components['schemas']['DeliveryState']
      /** Format: int32 */
      attempts: number
      lastError?: string | null
      /** Format: date-time */
      createdAt: string
      /** Format: date-time */
      sentAt?: string | null
    }
    /** @description Body of `PUT /api/me/notification-settings`: a blank e-mail removes it. */
    'EmailPreferences.Update': {
      email?: string | null
      items?: string[] | null
      /** Format: int64 */
      version?: number | null
    }
    /** @description A user's settings. `emailConfigured`: whether the server can send e-mail at all (an SMTP server is configured); `version` 0 until the user first saves. */
    'EmailPreferences.View': {
      email?: string | null
      items: components['schemas']['Court.ItemType'][]
      emailConfigured: boolean
      /** Format: int64 */
      version: number
    }
    /** @description Body of `POST /api/requests/{id}/events`: what `team` did; `at` defaults to now. */
    EventCreate: {
      type?: string | null
      /** Format: date-time */
      at?: string | null
      team?: string | null
      toTeam?: string | null
      note?: string | null
    }
    /**
     * @description What a team did with a cross-team request (the state table in docs/METRICS.md).
     * @enum {string}
     */
    EventType:
      | 'OPENED'
      | 'ACKNOWLEDGED'
      | 'NEEDS_INFO'
      | 'INFO_PROVIDED'
      | 'STARTED'
      | 'REASSIGNED'
      | 'COMMENTED'
      | 'FULFILLED'
      | 'DECLINED'
      | 'WITHDRAWN'
      | 'REOPENED'
    /** @description One sentence and the app page (path and query) with its evidence. */
    'Headlines.Headline': {
      kind: components['schemas']['Headlines.Kind']
      text: string
      link: string
    }
    /**
     * @description Which story a sentence tells.
     * @enum {string}
     */
    'Headlines.Kind': 'THICKEST_WALL' | 'MOST_DELAYED_INCIDENT' | 'LONGEST_UNNOTICED_CUSTOMER_DATA'
    /** @description `GET /api/metrics/headlines`. */
    'Headlines.Report': {
      window: components['schemas']['MetricsViews.Window']
      headlines: components['schemas']['Headlines.Headline'][]
    }
    /** @description Health answer; `database` and `version` for administrators only. */
    'HealthController.Health': {
      status: string
      database?: string | null
      version?: string | null
    }
    /** @description One item an import could not take: where it is (`line` of a text file, or `index`, 0-based, of a JSON array), the field and why. The other items are imported. */
    ImportError: {
      /** Format: int32 */
      line?: number | null
      /** Format: int32 */
      index?: number | null
      field: string
      message: string
    }
    /** @description What an import did: counts per outcome and every problem of every rejected row. `row` is the 1-based data row (for CSV the header is row 0; blank lines are not counted) or the 1-based array index for JSON; `field` is "row" when the problem concerns the row as a whole. */
    ImportResult: {
      /** Format: int32 */
      created: number
      /** Format: int32 */
      updated: number
      /** Format: int32 */
      unchanged: number
      /** Format: int32 */
      rejected: number
      errors: components['schemas']['ImportResult.RowError'][]
    }
    /** @description One problem of one rejected row. */
    'ImportResult.RowError': {
      /** Format: int32 */
      row: number
      field?: string | null
      problem: string
    }
    /** @description Body of `POST /api/incidents`. Timestamps and enums arrive as text and are checked by IncidentService, so a bad value is a 400 naming the field. */
    IncidentCreate: {
      title: string
      severity?: string | null
      status?: string | null
      startedAt?: string | null
      detectedAt?: string | null
      rootCauseAt?: string | null
      mitigatedAt?: string | null
      resolvedAt?: string | null
      teams?: string[] | null
      services?: string[] | null
      tags?: string[] | null
      contributingFactors?: string[] | null
      summary?: string | null
    }
    /**
     * @description Where an incident stands (docs/METRICS.md "Incidents").
     * @enum {string}
     */
    IncidentStatus: 'OPEN' | 'MITIGATED' | 'RESOLVED' | 'POSTMORTEM_PUBLISHED'
    /** @description Body of `PUT /api/incidents/{id}`: the create fields plus the version they were read at. */
    IncidentUpdate: {
      title: string
      severity?: string | null
      status?: string | null
      startedAt?: string | null
      detectedAt?: string | null
      rootCauseAt?: string | null
      mitigatedAt?: string | null
      resolvedAt?: string | null
      teams?: string[] | null
      services?: string[] | null
      tags?: string[] | null
      contributingFactors?: string[] | null
      summary?: string | null
      /** Format: int64 */
      version?: number | null
    }
    /** @description An incident as the API shows it (its facts flat in JSON), with its derived durations and wall time. */
    IncidentView: {
      /** Format: int64 */
      id: number
      key: string
      title: string
      severity: components['schemas']['Severity']
      status: components['schemas']['IncidentStatus']
      /** Format: date-time */
      startedAt: string
      /** Format: date-time */
      detectedAt: string
      /** Format: date-time */
      rootCauseAt?: string | null
      /** Format: date-time */
      mitigatedAt?: string | null
      /** Format: date-time */
      resolvedAt?: string | null
      summary?: string | null
      teams: string[]
      services: string[]
      tags: string[]
      contributingFactors: string[]
      postmortemStatus?: string | null
      /** Format: int64 */
      version: number
      /** Format: date-time */
      createdAt: string
      /** Format: date-time */
      updatedAt: string
      /** Format: int64 */
      timeToDetectSeconds?: number | null
      /** Format: int64 */
      timeToRootCauseSeconds?: number | null
      /** Format: int64 */
      timeToResolveSeconds?: number | null
      /** Format: int64 */
      wallTimeSeconds: number
      /** Format: double */
      wallShare: number
    }
    JsonNode: {
      value?: Record<string, unknown> | null
      number?: boolean
      numberValue: number
      /** Format: int32 */
      intValue?: number
      /** Format: int64 */
      longValue?: number
      /** Format: float */
      floatValue?: number
      /** Format: double */
      doubleValue?: number
      bigIntegerValue: number
      bigDecimalValue: number
      string?: boolean
      stringValue: string
      boolean?: boolean
      booleanValue?: boolean
      null?: boolean
      valueNode?: boolean
      containerNode?: boolean
      array?: boolean
      object?: boolean
    }
    /** @description Body of `POST /api/auth/login`. */
    LoginRequest: {
      login?: string | null
      password?: string | null
    }
    /** @description Body of the check and preview endpoints: Markdown not (yet) saved anywhere. */
    MarkdownBody: {
      markdown?: string | null
    }
    /** @description The signed-in user. `csrfToken` is the value a browser must echo in the `X-CSRF-TOKEN` header on writes; it is null for API-token callers, who need none. */
    Me: {
      login: string
      displayName: string
      role: components['schemas']['Role']
      teams: string[]
      csrfToken?: string | null
    }
    /** @description One bucket of the trends. */
    'MetricsViews.Bucket': {
      /** Format: date */
      start: string
      /** Format: int32 */
      requestsOpened: number
      /** Format: double */
      p50LeadSeconds?: number | null
      /** Format: double */
      pingPongRate?: number | null
      /** Format: int32 */
      incidents: number
      /** Format: int32 */
      shadowDiscovered: number
    }
    /** @description One heatmap cell: indexes into Heatmap#teams() and the figures the cell shows. */
    'MetricsViews.HeatCell': {
      /** Format: int32 */
      requester: number
      /** Format: int32 */
      responder: number
      /** Format: double */
      wallIndex?: number | null
      /** Format: int32 */
      requests: number
      /** Format: int32 */
      closed: number
    }
    /** @description `GET /api/metrics/team-pairs/heatmap`: what the dashboard draws, compact (teams named once, a cell per pair with requests); a pair's other figures come from `/team-pairs/{requester}/{responder}` when asked for. */
    'MetricsViews.Heatmap': {
      window: components['schemas']['MetricsViews.Window']
      weights: components['schemas']['WallWeights']
      organisation: components['schemas']['MetricsViews.Organisation']
      teams: string[]
      cells: components['schemas']['MetricsViews.HeatCell'][]
    }
    /** @description An incident named by a metric. */
    'MetricsViews.IncidentRef': {
      /** Format: int64 */
      id: number
      key: string
      title: string
      /** Format: int64 */
      wallTimeSeconds: number
      /** Format: double */
      wallShare: number
    }
    /** @description `GET /api/metrics/incidents`. */
    'MetricsViews.Incidents': {
      window: components['schemas']['MetricsViews.Window']
      /** Format: int32 */
      incidents: number
      /** Format: int32 */
      accessDelayed: number
      /** Format: double */
      accessDelayedShare?: number | null
      /** Format: double */
      p50WallShare?: number | null
      /** Format: double */
      p85WallShare?: number | null
      /** Format: double */
      p50TimeToResolveSeconds?: number | null
      /** Format: double */
      p50TimeToRootCauseSeconds?: number | null
      largestWallTime?: components['schemas']['MetricsViews.IncidentRef'] | null
      topByWallShare: components['schemas']['MetricsViews.IncidentRef'][]
    }
    /** @description A motivating request on the shadow timeline. */
    'MetricsViews.Motive': {
      /** Format: int64 */
      id: number
      key: string
      /** Format: date-time */
      openedAt: string
    }
    /** @description Organisation-wide totals and the volume-weighted wall index. */
    'MetricsViews.Organisation': {
      /** Format: double */
      wallIndex?: number | null
      /** Format: int32 */
      requests: number
      /** Format: int32 */
      closed: number
      /** Format: int32 */
      open: number
      /** Format: double */
      p50LeadSeconds?: number | null
      /** Format: double */
      p85LeadSeconds?: number | null
      /** Format: double */
      pingPongRate?: number | null
    }
    /** @description One requester → responder pair. */
    'MetricsViews.Pair': {
      requesterTeam: string
      responderTeam: string
      /** Format: int32 */
      requests: number
      /** Format: int32 */
      closed: number
      /** Format: int32 */
      open: number
      /** Format: double */
      p50LeadSeconds?: number | null
      /** Format: double */
      p85LeadSeconds?: number | null
      /** Format: double */
      p95LeadSeconds?: number | null
      /** Format: double */
      p50FirstResponseSeconds?: number | null
      /** Format: double */
      flowEfficiency?: number | null
      /** Format: double */
      pingPongRate?: number | null
      /** Format: double */
      meanHandoffs?: number | null
      /** Format: double */
      declineRate?: number | null
      /** Format: double */
      olaBreachRate?: number | null
      /** Format: int32 */
      shadowSystems: number
      /** Format: int64 */
      targetSeconds: number
      /** Format: double */
      s1?: number | null
      /** Format: double */
      s2?: number | null
      /** Format: double */
      s3?: number | null
      /** Format: double */
      s4?: number | null
      /** Format: double */
      s5?: number | null
      /** Format: double */
      wallIndex?: number | null
    }
    /** @description `GET /api/metrics/shadow`. */
    'MetricsViews.Shadow': {
      window: components['schemas']['MetricsViews.Window']
      /** Format: int32 */
      total: number
      byStatus: {
        [key: string]: number
      }
      byClassification: {
        [key: string]: number
      }
      byMethod: {
        [key: string]: number
      }
      /** Format: double */
      p50DiscoveryLagSeconds?: number | null
      /** Format: double */
      p85DiscoveryLagSeconds?: number | null
      /** Format: int64 */
      exposureSeconds: number
      /** Format: int64 */
      customerDataExposureSeconds: number
      /** Format: double */
      goAroundRate?: number | null
      longestUnnoticed?: components['schemas']['MetricsViews.Unnoticed'] | null
      systems: components['schemas']['MetricsViews.ShadowBar'][]
      discovery?: components['schemas']['DiscoveryViews.Stats'] | null
    }
    /** @description One bar of the shadow-system timeline. */
    'MetricsViews.ShadowBar': {
      /** Format: int64 */
      id: number
      key: string
      name: string
      ownerTeam: string
      dataClassification: string
      /** Format: date-time */
      firstLiveAt: string
      /** Format: date-time */
      discoveredAt: string
      /** Format: int64 */
      discoveryLagSeconds: number
      amnesty: boolean
      motivatedBy: components['schemas']['MetricsViews.Motive'][]
    }
    /** @description `GET /api/metrics/team-pairs`. */
    'MetricsViews.TeamPairs': {
      window: components['schemas']['MetricsViews.Window']
      weights: components['schemas']['WallWeights']
      organisation: components['schemas']['MetricsViews.Organisation']
      pairs: components['schemas']['MetricsViews.Pair'][]
    }
    /** @description `GET /api/metrics/trends`. */
    'MetricsViews.Trends': {
      window: components['schemas']['MetricsViews.Window']
      bucket: string
      buckets: components['schemas']['MetricsViews.Bucket'][]
    }
    /** @description The system nobody knew about for longest. */
    'MetricsViews.Unnoticed': {
      /** Format: int64 */
      id: number
      key: string
      name: string
      provider: string
      ownerTeam: string
      dataClassification: string
      /** Format: int64 */
      discoveryLagSeconds: number
    }
    /** @description The window the figures were computed over: `[from, to]` as dates, both inclusive. */
    'MetricsViews.Window': {
      /** Format: date */
      from: string
      /** Format: date */
      to: string
    }
    /** @description One notification to one channel, in the channel's delivery log. `deliveryId`: the idempotency id sent with it. */
    NotificationDeliveryView: {
      /** Format: int64 */
      id: number
      deliveryId: string
      type: string
      status: components['schemas']['DeliveryState']
      /** Format: int32 */
      attempts: number
      lastError?: string | null
      /** Format: int64 */
      latencyMs?: number | null
      /** Format: date-time */
      createdAt: string
      /** Format: date-time */
      sentAt?: string | null
      /** Format: date-time */
      nextAttemptAt: string
    }
    /** @description A lead-time goal for one (requester, responder, kind). */
    OlaTarget: {
      requesterTeam?: string | null
      responderTeam?: string | null
      kind?: string | null
      /** Format: int64 */
      targetSeconds?: number | null
    }
    /** @description An OLA target with the requests it applies to (same requester, responder and kind): how many there are, how many are still open, and how many breached it (closed with a lead time above the target, or open for longer than it), as the request list and the metrics count them. */
    OlaTargetUsage: {
      requesterTeam: string
      responderTeam: string
      kind: components['schemas']['RequestKind']
      /** Format: int64 */
      targetSeconds: number
      /** Format: int64 */
      requests: number
      /** Format: int64 */
      open: number
      /** Format: int64 */
      breachedClosed: number
      /** Format: int64 */
      breachedOpen: number
    }
    /**
     * @description What a request ended as: its closing state, or OPEN while it is not closed (also after a reopen).
     * @enum {string}
     */
    Outcome: 'FULFILLED' | 'DECLINED' | 'WITHDRAWN' | 'OPEN'
    /** @description One page of a list response: `{items, page, size, total}` as docs/API.md's conventions say. */
    PageOf_ActionItemView_: {
      items: components['schemas']['ActionItemView'][]
      /** Format: int32 */
      page: number
      /** Format: int32 */
      size: number
      /** Format: int64 */
      total: number
    }
    /** @description One page of a list response: `{items, page, size, total}` as docs/API.md's conventions say. */
    PageOf_ApiTokenView_: {
      items: components['schemas']['ApiTokenView'][]
      /** Format: int32 */
      page: number
      /** Format: int32 */
      size: number
      /** Format: int64 */
      total: number
    }
    /** @description One page of a list response: `{items, page, size, total}` as docs/API.md's conventions say. */
    PageOf_AuditView_: {
      items: components['schemas']['AuditView'][]
      /** Format: int32 */
      page: number
      /** Format: int32 */
      size: number
      /** Format: int64 */
      total: number
    }
    /** @description One page of a list response: `{items, page, size, total}` as docs/API.md's conventions say. */
    PageOf_DeliveryView_: {
      items: components['schemas']['DeliveryView'][]
      /** Format: int32 */
      page: number
      /** Format: int32 */
      size: number
      /** Format: int64 */
      total: number
    }
    /** @description One page of a list response: `{items, page, size, total}` as docs/API.md's conventions say. */
    'PageOf_DiscoveryViews.Candidate_': {
      items: components['schemas']['DiscoveryViews.Candidate'][]
      /** Format: int32 */
      page: number
      /** Format: int32 */
      size: number
      /** Format: int64 */
      total: number
    }
    /** @description One page of a list response: `{items, page, size, total}` as docs/API.md's conventions say. */
    'PageOf_DiscoveryViews.KnownSystem_': {
      items: components['schemas']['DiscoveryViews.KnownSystem'][]
      /** Format: int32 */
      page: number
      /** Format: int32 */
      size: number
      /** Format: int64 */
      total: number
    }
    /** @description One page of a list response: `{items, page, size, total}` as docs/API.md's conventions say. */
    'PageOf_DiscoveryViews.SnapshotReport_': {
      items: components['schemas']['DiscoveryViews.SnapshotReport'][]
      /** Format: int32 */
      page: number
      /** Format: int32 */
      size: number
      /** Format: int64 */
      total: number
    }
    /** @description One page of a list response: `{items, page, size, total}` as docs/API.md's conventions say. */
    'PageOf_EmailPreferences.Sent_': {
      items: components['schemas']['EmailPreferences.Sent'][]
      /** Format: int32 */
      page: number
      /** Format: int32 */
      size: number
      /** Format: int64 */
      total: number
    }
    /** @description One page of a list response: `{items, page, size, total}` as docs/API.md's conventions say. */
    PageOf_IncidentView_: {
      items: components['schemas']['IncidentView'][]
      /** Format: int32 */
      page: number
      /** Format: int32 */
      size: number
      /** Format: int64 */
      total: number
    }
    /** @description One page of a list response: `{items, page, size, total}` as docs/API.md's conventions say. */
    PageOf_NotificationDeliveryView_: {
      items: components['schemas']['NotificationDeliveryView'][]
      /** Format: int32 */
      page: number
      /** Format: int32 */
      size: number
      /** Format: int64 */
      total: number
    }
    /** @description One page of a list response: `{items, page, size, total}` as docs/API.md's conventions say. */
    PageOf_OlaTarget_: {
      items: components['schemas']['OlaTarget'][]
      /** Format: int32 */
      page: number
      /** Format: int32 */
      size: number
      /** Format: int64 */
      total: number
    }
    /** @description One page of a list response: `{items, page, size, total}` as docs/API.md's conventions say. */
    PageOf_RequestSummary_: {
      items: components['schemas']['RequestSummary'][]
      /** Format: int32 */
      page: number
      /** Format: int32 */
      size: number
      /** Format: int64 */
      total: number
    }
    /** @description One page of a list response: `{items, page, size, total}` as docs/API.md's conventions say. */
    PageOf_ShadowSystemView_: {
      items: components['schemas']['ShadowSystemView'][]
      /** Format: int32 */
      page: number
      /** Format: int32 */
      size: number
      /** Format: int64 */
      total: number
    }
    /** @description One page of a list response: `{items, page, size, total}` as docs/API.md's conventions say. */
    PageOf_TeamView_: {
      items: components['schemas']['TeamView'][]
      /** Format: int32 */
      page: number
      /** Format: int32 */
      size: number
      /** Format: int64 */
      total: number
    }
    /** @description One page of a list response: `{items, page, size, total}` as docs/API.md's conventions say. */
    PageOf_UserView_: {
      items: components['schemas']['UserView'][]
      /** Format: int32 */
      page: number
      /** Format: int32 */
      size: number
      /** Format: int64 */
      total: number
    }
    /** @description Body of `PUT /api/incidents/{id}/postmortem`; `version` is null for the first save. Saving it PUBLISHED while the blameless check has findings needs `acknowledgeFindings: true`. */
    PostmortemSave: {
      markdown?: string | null
      status?: string | null
      /** Format: int64 */
      version?: number | null
      acknowledgeFindings?: boolean | null
    }
    /**
     * @description Review state of a postmortem; publishing is allowed at any time.
     * @enum {string}
     */
    PostmortemStatus: 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED'
    /** @description A postmortem with its sanitised HTML; `version` is null while only the template exists. */
    PostmortemView: {
      /** Format: int64 */
      incidentId: number
      markdown: string
      html: string
      status: components['schemas']['PostmortemStatus']
      /** Format: int64 */
      version?: number | null
      /** Format: date-time */
      updatedAt?: string | null
      updatedBy?: string | null
      acknowledgement?: components['schemas']['PostmortemView.Acknowledgement'] | null
    }
    /** @description Who published it with how many open blameless findings, and when; null when it had none. */
    'PostmortemView.Acknowledgement': {
      /** Format: int32 */
      findings: number
      by: string
      /** Format: date-time */
      at: string
    }
    /** @description Response of `POST /api/postmortems/preview`: sanitised HTML. */
    PreviewResult: {
      html: string
    }
    /** @description One offending field of a validation failure. */
    'Problem.FieldError': {
      field: string
      message: string
    }
    /** @description Body of `POST /api/requests`; `openedAt` may lie in the past (recorded after the fact). Enumerations and team slugs are checked by the service, which names the allowed values. */
    RequestCreate: {
      title: string
      kind?: string | null
      description?: string | null
      requesterTeam?: string | null
      responderTeam?: string | null
      /** Format: int64 */
      incidentId?: number | null
      /** Format: date-time */
      openedAt?: string | null
      externalRef?: string | null
    }
    /** @description A request as another record links to it; `outcome` is its closing state, or OPEN. */
    'RequestDirectory.RequestRef': {
      /** Format: int64 */
      id: number
      key: string
      title: string
      outcome: components['schemas']['Outcome']
      /** Format: date-time */
      openedAt: string
    }
    /** @description One request of a bulk import (e.g. exported from a ticket system), with its events. */
    RequestImportItem: {
      title?: string | null
      kind?: string | null
      description?: string | null
      requesterTeam?: string | null
      responderTeam?: string | null
      /** Format: int64 */
      incidentId?: number | null
      /** Format: date-time */
      openedAt?: string | null
      externalRef?: string | null
      events?: components['schemas']['EventCreate'][] | null
    }
    /** @description Outcome of a bulk import: counts and one result per item, in input order. */
    RequestImportResult: {
      /** Format: int32 */
      created: number
      /** Format: int32 */
      unchanged: number
      /** Format: int32 */
      rejected: number
      results: components['schemas']['RequestImportResult.Item'][]
    }
    /** @description What happened to one item. */
    'RequestImportResult.Item': {
      /** Format: int32 */
      index: number
      externalRef?: string | null
      status: string
      /** Format: int64 */
      id?: number | null
      key?: string | null
      errors: components['schemas']['Problem.FieldError'][]
    }
    /**
     * @description What is being asked for.
     * @enum {string}
     */
    RequestKind:
      'LOG_ACCESS' | 'PROD_ACCESS' | 'DATA_PULL' | 'INFRA_CHANGE' | 'DEPLOY' | 'REVIEW' | 'OTHER'
    /** @description An event type one team may record now. */
    'RequestLedger.Allowed': {
      type: components['schemas']['EventType']
      team: string
    }
    /** @description A span of time during which one team had the ball; `to` is null while it still runs. */
    'RequestLedger.CourtSegment': {
      /** Format: date-time */
      from: string
      /** Format: date-time */
      to?: string | null
      holder: string
    }
    /** @description Where a synced request comes from: the ticket system, the connector (null once it was deleted) and the ticket's address. A request with a source follows its ticket: its events are derived, never recorded by hand. */
    RequestSource: {
      kind: string
      /** Format: int64 */
      connectorId?: number | null
      connectorName?: string | null
      url?: string | null
    }
    /**
     * @description Where a request stands; the last three are closed.
     * @enum {string}
     */
    RequestState:
      'OPEN' | 'IN_PROGRESS' | 'WAITING_ON_REQUESTER' | 'FULFILLED' | 'DECLINED' | 'WITHDRAWN'
    /** @description A request in lists, and the common part of every request answer: its fields and every figure as of now, all computed by RequestLedger (from the stored totals in lists). */
    RequestSummary: {
      /** Format: int64 */
      id: number
      key: string
      title: string
      kind: components['schemas']['RequestKind']
      requesterTeam: string
      responderTeam: string
      currentResponderTeam: string
      /** Format: int64 */
      incidentId?: number | null
      incidentKey?: string | null
      /** Format: date-time */
      openedAt: string
      externalRef?: string | null
      source?: components['schemas']['RequestSource'] | null
      state: components['schemas']['RequestState']
      holder?: string | null
      /** Format: date-time */
      closedAt?: string | null
      /** Format: int64 */
      leadTimeSeconds?: number | null
      /** Format: int64 */
      ageSeconds?: number | null
      /** Format: int64 */
      timeToFirstResponseSeconds?: number | null
      /** Format: int64 */
      waitingOnResponderSeconds: number
      /** Format: int64 */
      waitingOnRequesterSeconds: number
      /** Format: int64 */
      activeSeconds: number
      /** Format: double */
      flowEfficiency?: number | null
      /** Format: int32 */
      handoffs: number
      /** Format: int32 */
      bounces: number
      pingPong: boolean
      outcome: components['schemas']['Outcome']
      /** Format: int64 */
      olaTargetSeconds?: number | null
      olaBreached?: boolean | null
      /** Format: int64 */
      version: number
    }
    /** @description A request with everything the request page shows: the fields and figures of its RequestSummary (flat in JSON), its Markdown description (and that rendered to sanitised HTML, as postmortems are), its events, who had the ball when, and which events each side may record now. */
    RequestView: {
      /** Format: int64 */
      id: number
      key: string
      title: string
      kind: components['schemas']['RequestKind']
      requesterTeam: string
      responderTeam: string
      currentResponderTeam: string
      /** Format: int64 */
      incidentId?: number | null
      incidentKey?: string | null
      /** Format: date-time */
      openedAt: string
      externalRef?: string | null
      source?: components['schemas']['RequestSource'] | null
      state: components['schemas']['RequestState']
      holder?: string | null
      /** Format: date-time */
      closedAt?: string | null
      /** Format: int64 */
      leadTimeSeconds?: number | null
      /** Format: int64 */
      ageSeconds?: number | null
      /** Format: int64 */
      timeToFirstResponseSeconds?: number | null
      /** Format: int64 */
      waitingOnResponderSeconds: number
      /** Format: int64 */
      waitingOnRequesterSeconds: number
      /** Format: int64 */
      activeSeconds: number
      /** Format: double */
      flowEfficiency?: number | null
      /** Format: int32 */
      handoffs: number
      /** Format: int32 */
      bounces: number
      pingPong: boolean
      outcome: components['schemas']['Outcome']
      /** Format: int64 */
      olaTargetSeconds?: number | null
      olaBreached?: boolean | null
      /** Format: int64 */
      version: number
      description?: string | null
      descriptionHtml?: string | null
      events: components['schemas']['RequestView.EventView'][]
      court: components['schemas']['RequestLedger.CourtSegment'][]
      allowedEvents: components['schemas']['RequestLedger.Allowed'][]
    }
    /** @description The answer to an appended event: the event as stored and the request's figures after it. */
    'RequestView.EventAppended': {
      event: components['schemas']['RequestView.EventView']
      request: components['schemas']['RequestSummary']
    }
    /** @description One recorded event. */
    'RequestView.EventView': {
      /** Format: int64 */
      id: number
      /** Format: int32 */
      seq: number
      type: components['schemas']['EventType']
      /** Format: date-time */
      at: string
      team: string
      toTeam?: string | null
      note?: string | null
      recordedBy: string
    }
    /**
     * @description A user's role; see Roles for what each may do.
     * @enum {string}
     */
    Role: 'ADMIN' | 'MEMBER' | 'VIEWER'
    /** @description `GET /api/search`. */
    'Search.Results': {
      query: string
      items: components['schemas']['SearchHit'][]
    }
    /** @description One thing the global search found: its kind, key ("INC-3"), title, a snippet of the text that matched when it was not the title, and the app page it lives on. */
    SearchHit: {
      type: components['schemas']['SearchHit.Type']
      /** Format: int64 */
      id: number
      key: string
      title: string
      snippet?: string | null
      link: string
    }
    /**
     * @description What kind of record a hit is.
     * @enum {string}
     */
    'SearchHit.Type': 'INCIDENT' | 'POSTMORTEM' | 'REQUEST' | 'SHADOW_SYSTEM' | 'TEAM'
    /**
     * @description How bad an incident is, SEV1 being the worst.
     * @enum {string}
     */
    Severity: 'SEV1' | 'SEV2' | 'SEV3' | 'SEV4'
    /**
     * @description Where a shadow system stands: DISCOVERED → ACKNOWLEDGED → ADOPTED \| MIGRATED \| DECOMMISSIONED.
     * @enum {string}
     */
    ShadowStatus: 'DISCOVERED' | 'ACKNOWLEDGED' | 'ADOPTED' | 'MIGRATED' | 'DECOMMISSIONED'
    /** @description Body of `POST /api/shadow-systems` and one row of an import. Everything arrives as text and is checked by ShadowRules, so a bad value yields a 400 naming the field. */
    ShadowSystemCreate: {
      name?: string | null
      provider?: string | null
      url?: string | null
      ownerTeam?: string | null
      purpose?: string | null
      dataClassification?: string | null
      firstLiveAt?: string | null
      evidence?: string | null
      discoveredAt?: string | null
      discoveredBy?: string | null
      discoveryMethod?: string | null
      status?: string | null
      motivatedBy?: number[] | null
    }
    /** @description Body of `PUT /api/shadow-systems/{id}`: the whole create body plus the version it was read at. A missing `status` keeps the current one; a missing `motivatedBy` means no links. */
    ShadowSystemUpdate: {
      name?: string | null
      provider?: string | null
      url?: string | null
      ownerTeam?: string | null
      purpose?: string | null
      dataClassification?: string | null
      firstLiveAt?: string | null
      evidence?: string | null
      discoveredAt?: string | null
      discoveredBy?: string | null
      discoveryMethod?: string | null
      status?: string | null
      motivatedBy?: number[] | null
      /** Format: int64 */
      version?: number | null
    }
    /** @description A shadow system as the API shows it, with its status history, the statuses it may move to next, its motivating requests and its discovery lag. */
    ShadowSystemView: {
      /** Format: int64 */
      id: number
      key: string
      name: string
      provider: string
      url?: string | null
      ownerTeam: string
      purpose?: string | null
      dataClassification: components['schemas']['DataClassification']
      /** Format: date-time */
      firstLiveAt: string
      evidence?: string | null
      /** Format: date-time */
      discoveredAt: string
      discoveredBy: string
      discoveryMethod: components['schemas']['DiscoveryMethod']
      amnesty: boolean
      status: components['schemas']['ShadowStatus']
      allowedNext: components['schemas']['ShadowStatus'][]
      statusHistory: components['schemas']['ShadowSystemView.StatusChange'][]
      motivatedBy: components['schemas']['RequestDirectory.RequestRef'][]
      /** Format: int64 */
      discoveryLagSeconds: number
      /** Format: int64 */
      version: number
      /** Format: date-time */
      createdAt: string
      /** Format: date-time */
      updatedAt: string
    }
    /** @description One entry of the status history: the status, when it was set and by whom. */
    'ShadowSystemView.StatusChange': {
      status: components['schemas']['ShadowStatus']
      /** Format: date-time */
      at: string
      by: string
    }
    /**
     * @description What a ticket's changes did to its request.
     * @enum {string}
     */
    SyncOutcome: 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'UNMAPPED' | 'REJECTED'
    'SyncReport.ImportResult': {
      tickets: components['schemas']['SyncReport.TicketResult'][]
      /** Format: int32 */
      created: number
      /** Format: int32 */
      updated: number
      /** Format: int32 */
      unchanged: number
      /** Format: int32 */
      unmapped: number
      /** Format: int32 */
      rejected: number
    }
    'SyncReport.Preview': {
      requests: components['schemas']['SyncReport.PreviewRequest'][]
    }
    'SyncReport.PreviewEvent': {
      type: components['schemas']['EventType']
      /** Format: date-time */
      at: string
      team: string
      toTeam?: string | null
    }
    'SyncReport.PreviewFigures': {
      /** Format: int64 */
      leadTimeSeconds?: number | null
      /** Format: int64 */
      ageSeconds?: number | null
      /** Format: int64 */
      timeToFirstResponseSeconds?: number | null
      /** Format: int64 */
      waitingOnResponderSeconds: number
      /** Format: int64 */
      waitingOnRequesterSeconds: number
      /** Format: int32 */
      handoffs: number
      /** Format: int32 */
      bounces: number
      pingPong: boolean
    }
    /** @description A ticket as the mapping would make it, with the changes already stored for it. */
    'SyncReport.PreviewRequest': {
      ticket: string
      title?: string | null
      url?: string | null
      requesterTeam?: string | null
      responderTeam?: string | null
      kind?: components['schemas']['RequestKind'] | null
      /** Format: date-time */
      openedAt?: string | null
      events: components['schemas']['SyncReport.PreviewEvent'][]
      state?: components['schemas']['RequestState'] | null
      outcome?: components['schemas']['Outcome'] | null
      figures?: components['schemas']['SyncReport.PreviewFigures'] | null
      unmapped?: string | null
      notes: string[]
    }
    'SyncReport.Rederived': {
      /** Format: int32 */
      tickets: number
      /** Format: int32 */
      changed: number
    }
    /** @description What became of one ticket of an import: CREATED, UPDATED, UNCHANGED, UNMAPPED or REJECTED. */
    'SyncReport.TicketResult': {
      ticket: string
      result: components['schemas']['SyncOutcome']
      /** Format: int64 */
      requestId?: number | null
      reasons: string[]
    }
    /** @description Body of `POST /api/teams`; checked by TeamService. */
    TeamCreate: {
      slug?: string | null
      name: string
      kind?: string | null
    }
    /**
     * @description What a team does, as docs/METRICS.md lists it.
     * @enum {string}
     */
    TeamKind: 'DEV' | 'OPS' | 'SUPPORT' | 'SECURITY' | 'PRODUCT' | 'LEADERSHIP' | 'OTHER'
    /** @description Body of `PUT /api/teams/{slug}`: the new name and kind, and the version they were read at. */
    TeamUpdate: {
      name: string
      kind?: string | null
      /** Format: int64 */
      version?: number | null
    }
    /** @description A team as the API shows it. */
    TeamView: {
      slug: string
      name: string
      kind: components['schemas']['TeamKind']
      /** Format: int64 */
      version: number
      /** Format: date-time */
      createdAt: string
    }
    /** @description The answer to "send a test message": whether the channel took it, and if not, why. */
    TestResult: {
      status: components['schemas']['DeliveryState']
      /** Format: int32 */
      httpStatus?: number | null
      error?: string | null
      /** Format: int64 */
      latencyMs: number
    }
    /** @description Body of `POST /api/incidents/{id}/timeline`. */
    TimelineEntryCreate: {
      at?: string | null
      text: string
      kind?: string | null
    }
    /** @description Body of `PUT /api/incidents/{id}/timeline/{entryId}`: the whole entry and the version it was read at. */
    TimelineEntryUpdate: {
      at?: string | null
      text: string
      kind?: string | null
      /** Format: int64 */
      version?: number | null
    }
    /** @description A timeline entry as the API shows it. */
    TimelineEntryView: {
      /** Format: int64 */
      id: number
      /** Format: date-time */
      at: string
      text: string
      kind: components['schemas']['TimelineKind']
      recordedBy: string
      /** Format: date-time */
      createdAt: string
      /** Format: int64 */
      version: number
    }
    /**
     * @description What kind of moment a timeline entry records.
     * @enum {string}
     */
    TimelineKind:
      | 'DETECTION'
      | 'ESCALATION'
      | 'ACTION'
      | 'COMMUNICATION'
      | 'ROOT_CAUSE'
      | 'MITIGATION'
      | 'RESOLUTION'
      | 'NOTE'
    /** @description Body of `POST /api/users`. */
    UserCreate: {
      login?: string | null
      displayName: string
      password?: string | null
      role?: string | null
      teams?: string[] | null
    }
    /** @description Body of `PUT /api/users/{login}`; a blank or missing password leaves it unchanged, a missing `active` too. `active: false` deactivates: sessions and API tokens end. */
    UserUpdate: {
      displayName: string
      password?: string | null
      role?: string | null
      teams?: string[] | null
      /** Format: int64 */
      version?: number | null
      active?: boolean | null
    }
    /** @description A user as the API shows it; there is no password field to leak. A deactivated user cannot sign in. */
    UserView: {
      login: string
      displayName: string
      role: components['schemas']['Role']
      teams: string[]
      /** Format: int64 */
      version: number
      /** Format: date-time */
      createdAt: string
      active: boolean
    }
    /** @description Wall-index weights w1..w5 and the default lead-time target, from `WALLBREAKER_WALL_WEIGHTS` ("0.30,0.20,0.20,0.15,0.15") and `WALLBREAKER_WALL_TARGET_SECONDS` (default two days). */
    WallWeights: {
      /** Format: double */
      w1: number
      /** Format: double */
      w2: number
      /** Format: double */
      w3: number
      /** Format: double */
      w4: number
      /** Format: double */
      w5: number
      /** Format: int64 */
      defaultTargetSeconds: number
    }
    /** @description The digest of the week that ends on `to`. */
    'WeeklyDigest.Digest': {
      /** Format: date */
      from: string
      /** Format: date */
      to: string
      /** Format: double */
      wallIndex?: number | null
      /** Format: double */
      wallIndexChange?: number | null
      thickestWalls: components['schemas']['WeeklyDigest.Wall'][]
      longestWaiting: components['schemas']['WeeklyDigest.Waiting'][]
      highestWallShare: components['schemas']['WeeklyDigest.IncidentShare'][]
      newShadowSystems: components['schemas']['WeeklyDigest.NewShadow'][]
      link: string
    }
    'WeeklyDigest.IncidentShare': {
      /** Format: int64 */
      id: number
      key: string
      title: string
      /** Format: double */
      wallShare: number
      /** Format: int64 */
      wallTimeSeconds: number
      link: string
    }
    'WeeklyDigest.NewShadow': {
      /** Format: int64 */
      id: number
      key: string
      name: string
      ownerTeam: string
      dataClassification: string
      /** Format: int64 */
      discoveryLagSeconds: number
      link: string
    }
    'WeeklyDigest.Waiting': {
      /** Format: int64 */
      id: number
      key: string
      title: string
      holder?: string | null
      /** Format: date-time */
      openedAt: string
      /** Format: int64 */
      ageSeconds: number
      link: string
    }
    'WeeklyDigest.Wall': {
      requesterTeam: string
      responderTeam: string
      /** Format: double */
      wallIndex?: number | null
      /** Format: double */
      change?: number | null
      link: string
    }
  }
  responses: never
  parameters: never
  requestBodies: never
  headers: never
  pathItems: never
}
export type $defs = Record<string, never>
export interface operations {
  list: {
    parameters: {
      query?: {
        overdue?: string | null
        team?: string | null
        page?: number | null
        size?: number | null
        sort?: string[] | null
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description list 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PageOf_ActionItemView_']
        }
      }
    }
  }
  list_1: {
    parameters: {
      query?: {
        entityType?: string | null
        entityId?: string | null
        actor?: string | null
        from?: string | null
        to?: string | null
        action?: string | null
        includeChildren?: string | null
        page?: number | null
        size?: number | null
        sort?: string[] | null
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description list_1 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PageOf_AuditView_']
        }
      }
    }
  }
  entityTypes: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description entityTypes 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['AuditController.EntityType'][]
        }
      }
    }
  }
  login: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginRequest']
      }
    }
    responses: {
      /** @description login 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': Record<string, unknown>
        }
      }
    }
  }
  logout: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description logout 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': Record<string, unknown>
        }
      }
    }
  }
  catalog: {
    parameters: {
      query?: {
        q?: string | null
        page?: number | null
        size?: number | null
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description catalog 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PageOf_DiscoveryViews.KnownSystem_']
        }
      }
    }
  }
  importCatalog: {
    parameters: {
      query?: {
        format?: string | null
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description importCatalog 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['DiscoveryViews.CatalogReport']
        }
      }
    }
  }
  knownSystem: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description knownSystem 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['DiscoveryViews.KnownSystem']
        }
      }
    }
  }
  deleteKnownSystem: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description deleteKnownSystem 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content?: never
      }
    }
  }
  list_2: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description list_2 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['ConnectorView'][]
        }
      }
    }
  }
  create: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['ConnectorCreate']
      }
    }
    responses: {
      /** @description create 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['ConnectorCreated']
        }
      }
    }
  }
  get: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description get 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['ConnectorView']
        }
      }
    }
  }
  update: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['ConnectorUpdate']
      }
    }
    responses: {
      /** @description update 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['ConnectorView']
        }
      }
    }
  }
  delete: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description delete 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content?: never
      }
    }
  }
  deliveries: {
    parameters: {
      query?: {
        status?: string | null
        page?: number | null
        size?: number | null
      }
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description deliveries 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PageOf_DeliveryView_']
        }
      }
    }
  }
  importPage: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': string
        '*/*': string
      }
    }
    responses: {
      /** @description importPage 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['SyncReport.ImportResult']
        }
      }
    }
  }
  preview: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': string
        '*/*': string
      }
    }
    responses: {
      /** @description preview 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['SyncReport.Preview']
        }
      }
    }
  }
  rederive: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description rederive 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['SyncReport.Rederived']
        }
      }
    }
  }
  rotateSecret: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description rotateSecret 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['ConnectorCreated']
        }
      }
    }
  }
  webhook: {
    parameters: {
      query?: {
        token?: string | null
      }
      header?: {
        'X-Hub-Signature'?: string | null
        'X-Hub-Signature-256'?: string | null
        'X-GitHub-Event'?: string | null
        'X-GitHub-Delivery'?: string | null
        'X-Atlassian-Webhook-Identifier'?: string | null
      }
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': string
        '*/*': string
      }
    }
    responses: {
      /** @description webhook 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': {
            [key: string]: Record<string, unknown>
          }
        }
      }
    }
  }
  list_3: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description list_3 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['ContributingFactorView'][]
        }
      }
    }
  }
  weeklyDigest: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description weeklyDigest 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['WeeklyDigest.Digest']
        }
      }
    }
  }
  health: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description health 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['HealthController.Health']
        }
      }
    }
  }
  list_4: {
    parameters: {
      query?: {
        status?: string | null
        severity?: string | null
        team?: string | null
        tag?: string | null
        factor?: string | null
        q?: string | null
        from?: string | null
        to?: string | null
        page?: number | null
        size?: number | null
        sort?: string[] | null
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description list_4 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PageOf_IncidentView_']
        }
      }
    }
  }
  create_1: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['IncidentCreate']
      }
    }
    responses: {
      /** @description create_1 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['IncidentView']
        }
      }
    }
  }
  get_1: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description get_1 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['IncidentView']
        }
      }
    }
  }
  update_1: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['IncidentUpdate']
      }
    }
    responses: {
      /** @description update_1 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['IncidentView']
        }
      }
    }
  }
  actionItems: {
    parameters: {
      query?: {
        page?: number | null
        size?: number | null
        sort?: string[] | null
      }
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description actionItems 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PageOf_ActionItemView_']
        }
      }
    }
  }
  addActionItem: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['ActionItemCreate']
      }
    }
    responses: {
      /** @description addActionItem 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['ActionItemView']
        }
      }
    }
  }
  actionItem: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
        itemId: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description actionItem 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['ActionItemView']
        }
      }
    }
  }
  updateActionItem: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
        itemId: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['ActionItemUpdate']
      }
    }
    responses: {
      /** @description updateActionItem 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['ActionItemView']
        }
      }
    }
  }
  deleteActionItem: {
    parameters: {
      query?: {
        version?: number | null
      }
      header?: never
      path: {
        id: number
        itemId: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description deleteActionItem 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content?: never
      }
    }
  }
  get_2: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description get_2 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PostmortemView']
        }
      }
    }
  }
  save: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['PostmortemSave']
      }
    }
    responses: {
      /** @description save 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PostmortemView']
        }
      }
    }
  }
  export: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description export 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'text/markdown': string
          'application/json': string
          'application/problem+json': string
        }
      }
    }
  }
  timeline: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description timeline 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['TimelineEntryView'][]
        }
      }
    }
  }
  addTimelineEntry: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['TimelineEntryCreate']
      }
    }
    responses: {
      /** @description addTimelineEntry 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['TimelineEntryView']
        }
      }
    }
  }
  updateTimelineEntry: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
        entryId: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['TimelineEntryUpdate']
      }
    }
    responses: {
      /** @description updateTimelineEntry 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['TimelineEntryView']
        }
      }
    }
  }
  deleteTimelineEntry: {
    parameters: {
      query?: {
        version?: number | null
      }
      header?: never
      path: {
        id: number
        entryId: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description deleteTimelineEntry 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content?: never
      }
    }
  }
  gone: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description gone 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['DiscoveryViews.Gone'][]
        }
      }
    }
  }
  snapshots: {
    parameters: {
      query?: {
        source?: string | null
        page?: number | null
        size?: number | null
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description snapshots 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PageOf_DiscoveryViews.SnapshotReport_']
        }
      }
    }
  }
  importInventory: {
    parameters: {
      query?: {
        feed?: string | null
        origin?: string | null
        team?: string | null
      }
      header?: never
      path: {
        source: string
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description importInventory 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['DiscoveryViews.SnapshotReport']
        }
      }
    }
  }
  me: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description me 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Me']
        }
      }
    }
  }
  court: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description court 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Court.Items']
        }
      }
    }
  }
  settings: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description settings 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['EmailPreferences.View']
        }
      }
    }
  }
  saveSettings: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['EmailPreferences.Update']
      }
    }
    responses: {
      /** @description saveSettings 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['EmailPreferences.View']
        }
      }
    }
  }
  sent: {
    parameters: {
      query?: {
        page?: number | null
        size?: number | null
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description sent 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PageOf_EmailPreferences.Sent_']
        }
      }
    }
  }
  changePassword: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['AuthController.PasswordChange']
      }
    }
    responses: {
      /** @description changePassword 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': Record<string, unknown>
        }
      }
    }
  }
  headlines: {
    parameters: {
      query?: {
        from?: string | null
        to?: string | null
        team?: string | null
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description headlines 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Headlines.Report']
        }
      }
    }
  }
  incidents: {
    parameters: {
      query?: {
        from?: string | null
        to?: string | null
        team?: string | null
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description incidents 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['MetricsViews.Incidents']
        }
      }
    }
  }
  incidentsCsv: {
    parameters: {
      query?: {
        from?: string | null
        to?: string | null
        team?: string | null
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description incidentsCsv 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'text/csv': string
        }
      }
    }
  }
  shadow: {
    parameters: {
      query?: {
        from?: string | null
        to?: string | null
        team?: string | null
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description shadow 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['MetricsViews.Shadow']
        }
      }
    }
  }
  shadowCsv: {
    parameters: {
      query?: {
        from?: string | null
        to?: string | null
        team?: string | null
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description shadowCsv 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'text/csv': string
        }
      }
    }
  }
  teamPairs: {
    parameters: {
      query?: {
        from?: string | null
        to?: string | null
        team?: string | null
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description teamPairs 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['MetricsViews.TeamPairs']
        }
      }
    }
  }
  teamPairsCsv: {
    parameters: {
      query?: {
        from?: string | null
        to?: string | null
        team?: string | null
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description teamPairsCsv 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'text/csv': string
        }
      }
    }
  }
  heatmap: {
    parameters: {
      query?: {
        from?: string | null
        to?: string | null
        team?: string | null
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description heatmap 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['MetricsViews.Heatmap']
        }
      }
    }
  }
  pair: {
    parameters: {
      query?: {
        from?: string | null
        to?: string | null
        team?: string | null
      }
      header?: never
      path: {
        requester: string
        responder: string
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description pair 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['MetricsViews.Pair']
        }
      }
    }
  }
  trends: {
    parameters: {
      query?: {
        from?: string | null
        to?: string | null
        team?: string | null
        bucket?: string | null
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description trends 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['MetricsViews.Trends']
        }
      }
    }
  }
  trendsCsv: {
    parameters: {
      query?: {
        from?: string | null
        to?: string | null
        team?: string | null
        bucket?: string | null
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description trendsCsv 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'text/csv': string
        }
      }
    }
  }
  list_5: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description list_5 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['ChannelView'][]
        }
      }
    }
  }
  create_2: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['ChannelCreate']
      }
    }
    responses: {
      /** @description create_2 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['ChannelView']
        }
      }
    }
  }
  get_3: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description get_3 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['ChannelView']
        }
      }
    }
  }
  update_2: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['ChannelUpdate']
      }
    }
    responses: {
      /** @description update_2 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['ChannelView']
        }
      }
    }
  }
  delete_1: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description delete_1 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content?: never
      }
    }
  }
  deliveries_1: {
    parameters: {
      query?: {
        status?: string | null
        page?: number | null
        size?: number | null
      }
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description deliveries_1 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PageOf_NotificationDeliveryView_']
        }
      }
    }
  }
  retry: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
        deliveryId: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description retry 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['NotificationDeliveryView']
        }
      }
    }
  }
  rotateSecret_1: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description rotateSecret_1 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['ChannelView']
        }
      }
    }
  }
  test: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description test 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['TestResult']
        }
      }
    }
  }
  olaTargets: {
    parameters: {
      query?: {
        page?: number | null
        size?: number | null
        sort?: string[] | null
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description olaTargets 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PageOf_OlaTarget_']
        }
      }
    }
  }
  replaceOlaTargets: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['OlaTarget'][]
      }
    }
    responses: {
      /** @description replaceOlaTargets 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['OlaTarget'][]
        }
      }
    }
  }
  olaTargetUsage: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description olaTargetUsage 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['OlaTargetUsage'][]
        }
      }
    }
  }
  check: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['MarkdownBody']
      }
    }
    responses: {
      /** @description check 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['CheckResult']
        }
      }
    }
  }
  preview_1: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['MarkdownBody']
      }
    }
    responses: {
      /** @description preview_1 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PreviewResult']
        }
      }
    }
  }
  list_6: {
    parameters: {
      query?: {
        requester?: string | null
        responder?: string | null
        kind?: string | null
        state?: string | null
        outcome?: string | null
        incident?: number | null
        openedFrom?: string | null
        openedTo?: string | null
        pingPong?: string | null
        externalRef?: string | null
        open?: string | null
        page?: number | null
        size?: number | null
        sort?: string[] | null
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description list_6 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PageOf_RequestSummary_']
        }
      }
    }
  }
  create_3: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['RequestCreate']
      }
    }
    responses: {
      /** @description create_3 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['RequestView']
        }
      }
    }
  }
  importHistory: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['RequestImportItem'][]
      }
    }
    responses: {
      /** @description importHistory 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['RequestImportResult']
        }
      }
    }
  }
  get_4: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description get_4 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['RequestView']
        }
      }
    }
  }
  appendEvent: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['EventCreate']
      }
    }
    responses: {
      /** @description appendEvent 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['RequestView.EventAppended']
        }
      }
    }
  }
  search: {
    parameters: {
      query?: {
        q?: string | null
        limit?: number | null
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description search 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Search.Results']
        }
      }
    }
  }
  candidates: {
    parameters: {
      query?: {
        status?: string | null
        source?: string | null
        team?: string | null
        page?: number | null
        size?: number | null
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description candidates 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PageOf_DiscoveryViews.Candidate_']
        }
      }
    }
  }
  candidate: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description candidate 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['DiscoveryViews.Candidate']
        }
      }
    }
  }
  confirm: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: {
      content: {
        'application/json': components['schemas']['ShadowSystemCreate']
      }
    }
    responses: {
      /** @description confirm 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['ShadowSystemView']
        }
      }
    }
  }
  ignore: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['DiscoveryViews.IgnoreBody']
      }
    }
    responses: {
      /** @description ignore 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['DiscoveryViews.Candidate']
        }
      }
    }
  }
  known: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['DiscoveryViews.KnownBody']
      }
    }
    responses: {
      /** @description known 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['DiscoveryViews.Candidate']
        }
      }
    }
  }
  list_7: {
    parameters: {
      query?: {
        ownerTeam?: string | null
        provider?: string | null
        status?: string | null
        dataClassification?: string | null
        discoveryMethod?: string | null
        discoveredFrom?: string | null
        discoveredTo?: string | null
        page?: number | null
        size?: number | null
        sort?: string[] | null
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description list_7 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PageOf_ShadowSystemView_']
        }
      }
    }
  }
  create_4: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['ShadowSystemCreate']
      }
    }
    responses: {
      /** @description create_4 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['ShadowSystemView']
        }
      }
    }
  }
  importFile: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description importFile 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['ImportResult']
        }
      }
    }
  }
  get_5: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description get_5 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['ShadowSystemView']
        }
      }
    }
  }
  update_3: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['ShadowSystemUpdate']
      }
    }
    responses: {
      /** @description update_3 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['ShadowSystemView']
        }
      }
    }
  }
  list_8: {
    parameters: {
      query?: {
        page?: number | null
        size?: number | null
        sort?: string[] | null
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description list_8 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PageOf_TeamView_']
        }
      }
    }
  }
  create_5: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['TeamCreate']
      }
    }
    responses: {
      /** @description create_5 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['TeamView']
        }
      }
    }
  }
  get_6: {
    parameters: {
      query?: never
      header?: never
      path: {
        slug: string
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description get_6 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['TeamView']
        }
      }
    }
  }
  update_4: {
    parameters: {
      query?: never
      header?: never
      path: {
        slug: string
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['TeamUpdate']
      }
    }
    responses: {
      /** @description update_4 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['TeamView']
        }
      }
    }
  }
  list_9: {
    parameters: {
      query?: {
        page?: number | null
        size?: number | null
        sort?: string[] | null
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description list_9 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PageOf_ApiTokenView_']
        }
      }
    }
  }
  create_6: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['ApiTokenCreate']
      }
    }
    responses: {
      /** @description create_6 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['ApiTokenCreated']
        }
      }
    }
  }
  revoke: {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description revoke 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content?: never
      }
    }
  }
  list_10: {
    parameters: {
      query?: {
        page?: number | null
        size?: number | null
        sort?: string[] | null
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description list_10 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PageOf_UserView_']
        }
      }
    }
  }
  create_7: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['UserCreate']
      }
    }
    responses: {
      /** @description create_7 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['UserView']
        }
      }
    }
  }
  get_7: {
    parameters: {
      query?: never
      header?: never
      path: {
        login: string
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description get_7 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['UserView']
        }
      }
    }
  }
  update_5: {
    parameters: {
      query?: never
      header?: never
      path: {
        login: string
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['UserUpdate']
      }
    }
    responses: {
      /** @description update_5 200 response */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['UserView']
        }
      }
    }
  }
}
