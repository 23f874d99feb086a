export interface paths {
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mints a key; the key is in this response only, and only its hash is stored. */
        post: operations["ApiKeysController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revokes a key at once. */
        delete: operations["ApiKeysController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Freshippo stores, by code. */
        get: operations["StoresController_list"];
        put?: never;
        /** Adds a Freshippo store (admin). */
        post: operations["StoresController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/suppliers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The suppliers in the caller's scope, newest first; an exporter sees its own. */
        get: operations["SuppliersController_list"];
        put?: never;
        /** Self-onboarding: creates the supplier in `draft` and returns an exporter key for it, once. */
        post: operations["SuppliersController_signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/suppliers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The supplier with its `status`, `reasons` and `history`. */
        get: operations["SuppliersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Editable while `draft`, `changes_requested` or `suspended`; otherwise `409`. */
        patch: operations["SuppliersController_update"];
        trace?: never;
    };
    "/v1/suppliers/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The supplier's uploaded documents. */
        get: operations["SuppliersController_listDocuments"];
        put?: never;
        /** Uploads a certificate: PDF, JPEG or PNG (judged by content), at most 10 MiB. */
        post: operations["SuppliersController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/suppliers/{id}/documents/{docId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The document's bytes with the content type found at upload; the owner and staff only. */
        get: operations["SuppliersController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/suppliers/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Staff suspend an approved supplier: no new purchase order can reach it. */
        post: operations["SuppliersController_suspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/suppliers/{id}/reinstate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Staff reinstate a suspended supplier; refused while a required document is expired. */
        post: operations["SuppliersController_reinstate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/suppliers/{id}/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What Corridor told the exporter: review outcomes, expiring certificates, suspensions. */
        get: operations["SuppliersController_notifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/suppliers/certificate-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Runs the certificate check now; it also runs every day at 05:00 UTC. */
        post: operations["SuppliersController_checkCertificates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/suppliers/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hands the file to verification (`202`): status `submitted`, and a verification job runs. */
        post: operations["SuppliersController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/suppliers/{id}/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The supplier's products, newest first. */
        get: operations["ProductsController_list"];
        put?: never;
        /** Lists a product; its HS code must fit its form and category. */
        post: operations["ProductsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One product. */
        get: operations["ProductsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/purchase-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The orders in the caller's scope, newest first. */
        get: operations["PurchaseOrdersController_list"];
        put?: never;
        /** A store's order to an approved supplier, entered by the buyer or by the exporter. */
        post: operations["PurchaseOrdersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/purchase-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The order with its `history` and `shipments`. */
        get: operations["PurchaseOrdersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/purchase-orders/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The exporter confirms the order (`submitted → confirmed`). */
        post: operations["PurchaseOrdersController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/purchase-orders/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The exporter rejects the order, with a reason. */
        post: operations["PurchaseOrdersController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/purchase-orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancels the order and its shipments not yet handed over; `409` once anything is handed over. */
        post: operations["PurchaseOrdersController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/purchase-orders/{id}/shipments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Packs part of a confirmed order into a shipment; its documents are rendered by a job. */
        post: operations["PurchaseOrdersController_createShipment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/shipments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The shipments in the caller's scope, newest first. */
        get: operations["ShipmentsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/shipments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The shipment with its `history`, carrier `events` and `documents`. */
        get: operations["ShipmentsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/shipments/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The newest version of each document. */
        get: operations["ShipmentsController_listDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/shipments/{id}/documents/bundle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What staff print at the hand-over, as one PDF: the newest version of every document,
         *     shipping labels first (in parcel order), then commercial invoice, packing list,
         *     certificate of origin, phytosanitary request, export declaration, and each parcel's CN22
         *     or CN23. `409` while the shipment has no documents yet.
         */
        get: operations["ShipmentsController_bundle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/shipments/{id}/documents/{docId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The PDF; with `Accept: application/json`, the structured data it was rendered from. */
        get: operations["ShipmentsController_document"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Newest first, or with `order=oldest` oldest first (the console's inbox). */
        get: operations["TasksController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One task. */
        get: operations["TasksController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Takes the task; a claim of a claimed task is `409` naming the holder in `details`
         *     (`keyId`, `label`, `claimedAt`).
         */
        post: operations["TasksController_claim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gives a claimed task back to the queue (only by the claimer). */
        post: operations["TasksController_release"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Records the decision (only by the claimer); the pipeline carries it out. */
        post: operations["TasksController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tracking/{trackingNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where a parcel is: public, no key; no prices, people or supplier details. */
        get: operations["TrackingController_view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/track/{trackingNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The same, as a small bilingual page for store staff: `?lang=zh|en`, else the browser's
         *     `Accept-Language`. Errors are HTML pages too (400 malformed, 404 unknown, 429).
         */
        get: operations["TrackingController_page"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/carriers/{carrierCode}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Carriers push tracking events, signed with HMAC-SHA256 of "t.rawBody". */
        post: operations["TrackingController_events"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's webhook subscriptions, newest first. */
        get: operations["WebhookSubscriptionsController_list"];
        put?: never;
        /** Subscribes; the signing secret is in this response only. */
        post: operations["WebhookSubscriptionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One webhook subscription. */
        get: operations["WebhookSubscriptionsController_get"];
        put?: never;
        post?: never;
        /** Unsubscribes: nothing more is sent, pending retries included. */
        delete: operations["WebhookSubscriptionsController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-subscriptions/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event sent to this subscription, newest first, with each attempt. */
        get: operations["WebhookSubscriptionsController_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Postgres and Redis answer, and the API is not shutting down */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Signs a staff or admin key in: `201` with the CSRF token, and the session cookie. */
        post: operations["SessionsController_signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is signed in; `401` without a session cookie (a staff or admin Bearer key is not a session), `403` for a
         *     Bearer key of a role that can never sign in (the role check answers before the session is looked for).
         */
        get: operations["SessionsController_current"];
        put?: never;
        post?: never;
        /** Signs out: the session is gone server-side and the cookie is cleared. Needs `X-CSRF-Token`. */
        delete: operations["SessionsController_signOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus text format: request durations, jobs per queue and state, the outbox backlog,
         *     open tasks per type and the process defaults. Open, unless `METRICS_TOKEN` is set: then
         *     `Authorization: Bearer <METRICS_TOKEN>` (the token, not an API key).
         */
        get: operations["MetricsController_metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The queue dashboard (bull-board) over every queue
         * @description Staff see every queue read-only; admin may also retry, promote and clean. Signed in with a console session or a Bearer staff/admin key.
         */
        get: operations["QueueDashboard_page"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/console": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The staff console (a web app)
         * @description The console for logistics staff; every `/console/…` address (`/console/tasks/{id}`, `/console/shipments/{id}`, `/console/suppliers/{id}`) answers the same page, which asks for a staff or admin key and signs in with `POST /v1/sessions`.
         */
        get: operations["StaffConsole_page"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CreateApiKeyDto: {
            /** @enum {string} */
            role: "admin" | "staff" | "buyer" | "exporter";
            label: string;
            /** @description For a buyer key: the one store it acts for; omit for Freshippo HQ procurement (every store). */
            storeCode?: string;
            /**
             * Format: uuid
             * @description For an exporter key: the supplier it acts for (required).
             */
            supplierId?: string;
        };
        IssuedApiKeyView: {
            /** Format: uuid */
            id: string;
            /**
             * @description The key itself, shown in this response only: only its hash is stored, and a replay with
             *     the same `Idempotency-Key` (`Idempotent-Replayed: true`) shows it again from a copy kept
             *     encrypted with the stored answer (`null` there only if the server's key changed since).
             * @example cor_buyer_9pQ…
             */
            key: string | null;
            /** @enum {string} */
            role: "admin" | "staff" | "buyer" | "exporter";
            /**
             * @description A buyer key's store; `null` for Freshippo HQ procurement (every store) and other roles.
             * @example FS-SHA-001
             */
            storeCode: string | null;
            /**
             * Format: uuid
             * @description An exporter key's supplier; `null` for other roles.
             */
            supplierId: string | null;
            /**
             * Format: date-time
             * @example 2026-11-28T09:15:00.000Z
             */
            createdAt: string;
            label: string;
        };
        /** @enum {string} */
        ErrorCode: "VALIDATION_FAILED" | "BUSINESS_RULE_VIOLATED" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "INVALID_STATE_TRANSITION" | "CONFLICT" | "IDEMPOTENCY_KEY_IN_USE" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "IDEMPOTENCY_KEY_REUSED" | "RATE_LIMITED" | "UNAVAILABLE" | "INTERNAL";
        ErrorDetailView: {
            /**
             * Format: uuid
             * @description `INVALID_STATE_TRANSITION` on a claimed task: the key of the staff member who holds it.
             */
            keyId?: string;
            /**
             * Format: date-time
             * @description `INVALID_STATE_TRANSITION` on a claimed task: when the holder claimed it.
             */
            claimedAt?: string | null;
            /** @description `RATE_LIMITED`: seconds until a request will be accepted again (also in `Retry-After`). */
            retryAfterSeconds?: number;
            /** @description The offending input, as a path such as `lines[0].quantity`; absent when no one field is at fault. */
            field?: string;
            issue: string;
            /** @description `INVALID_STATE_TRANSITION`: the status the resource was in. */
            from?: string;
            /** @description `INVALID_STATE_TRANSITION`: the action attempted. */
            action?: string;
            /** @description `INVALID_STATE_TRANSITION` on a claimed task: the holder's label. */
            label?: string;
        };
        ErrorView: {
            code: components["schemas"]["ErrorCode"];
            /** @description For people; never a stack trace or SQL. */
            message: string;
            details: components["schemas"]["ErrorDetailView"][];
            /** @description The response's `X-Request-Id`. */
            requestId: string;
        };
        ErrorEnvelopeView: {
            error: components["schemas"]["ErrorView"];
        };
        PageView: {
            /** @description The page's items; each list route gives their schema. */
            items: unknown;
            /** @example MDE5M2E0YzQtN2IzZC03MDAwLTgwMDAtMDAwMDAwMDAwMDAx */
            nextCursor: string | null;
        };
        BilingualTextView: {
            en: string;
            zh: string;
        };
        StoreView: {
            /** @example FS-SHA-001 */
            code: string;
            /**
             * @description IATA code of the airport its shipments fly to.
             * @example PVG
             */
            destinationAirport: string;
            name: components["schemas"]["BilingualTextView"];
            city: components["schemas"]["BilingualTextView"];
            address: components["schemas"]["BilingualTextView"];
        };
        BilingualTextDto: {
            /** @description In English. */
            en: string;
            /** @description In Chinese, as labels and papers for China print it. */
            zh: string;
        };
        CreateStoreDto: {
            /** @description The store's code, `FS-` and three letters and three digits (`FS-SHA-001`); unique. */
            code: string;
            /** @description The store's name. */
            name: components["schemas"]["BilingualTextDto"];
            /** @description The store's city. */
            city: components["schemas"]["BilingualTextDto"];
            /** @description The delivery address. */
            address: components["schemas"]["BilingualTextDto"];
            /** @description IATA code of the airport the store's goods fly to, e.g. PVG. */
            destinationAirport: string;
        };
        SupplierContactDto: {
            /** @description The person to talk to. */
            name: string;
            /**
             * Format: email
             * @description Their email address.
             */
            email: string;
            /** @description E.164, e.g. +250788123456. */
            phone: string;
        };
        CreateSupplierDto: {
            /** @description The name registered with the RDB, printed as exporter on customs papers. */
            legalName: string;
            /** @description The name it trades under, if another. */
            tradingName?: string;
            /**
             * @description The legal form: `cooperative`, `company` or `sole_proprietor`.
             * @enum {string}
             */
            type: "cooperative" | "company" | "sole_proprietor";
            /** @description Rwanda Revenue Authority tax identification number: 9 digits. */
            tin: string;
            /** @description Rwanda Development Board company registration number. */
            rdbRegistrationNumber: string;
            /** @description One of Rwanda's 30 districts; any case on input, official spelling on output. */
            district: string;
            /** @description Street address within the district; line breaks are kept. */
            address: string;
            /** @description Who Corridor talks to at the supplier. */
            contact: components["schemas"]["SupplierContactDto"];
            /** @description What it sells, `chili` and/or `coffee`, each once; they decide which documents it must upload. */
            categories: ("chili" | "coffee")[];
        };
        /** @enum {string} */
        SupplierStatus: "draft" | "submitted" | "verifying" | "in_review" | "approved" | "rejected" | "changes_requested" | "suspended";
        HistoryActorView: {
            /**
             * @description `system` for the pipeline's own moves.
             * @enum {string}
             */
            role: "admin" | "staff" | "buyer" | "exporter" | "system";
            /**
             * Format: uuid
             * @description The API key that made the move; absent for `system` moves.
             */
            keyId?: string;
        };
        HistoryItemView: {
            from: string | null;
            /**
             * Format: date-time
             * @example 2026-11-28T09:15:00.000Z
             */
            at: string;
            to: string;
            actor: components["schemas"]["HistoryActorView"];
            reason?: string;
        };
        SupplierContactView: {
            /** Format: email */
            email: string;
            /**
             * @description E.164.
             * @example +250788123456
             */
            phone: string;
            name: string;
        };
        SupplierReasonView: {
            /** @enum {string} */
            code: "DOCUMENT_MISSING" | "DOCUMENT_EXPIRED" | "DOCUMENT_EXPIRING" | "DETAILS_INCORRECT" | "OTHER";
            /** @enum {string} */
            documentType?: "rdb_certificate" | "tax_clearance" | "naeb_registration" | "gacc_registration" | "organic_certificate" | "phytosanitary_inspection" | "other";
            message?: string;
        };
        SupplierDetailView: {
            /** Format: uuid */
            id: string;
            tradingName: string | null;
            /** @enum {string} */
            type: "cooperative" | "company" | "sole_proprietor";
            /** @example 102345678 */
            tin: string;
            /**
             * @description One of Rwanda's 30 districts, spelt as in the official lists.
             * @example Bugesera
             */
            district: string;
            categories: ("chili" | "coffee")[];
            status: components["schemas"]["SupplierStatus"];
            version: number;
            /**
             * Format: date-time
             * @example 2026-11-28T09:15:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-28T09:15:00.000Z
             */
            updatedAt: string;
            history: components["schemas"]["HistoryItemView"][];
            legalName: string;
            rdbRegistrationNumber: string;
            address: string;
            contact: components["schemas"]["SupplierContactView"];
            /** @description Set when verification or review asks for changes; empty otherwise. */
            reasons: components["schemas"]["SupplierReasonView"][];
        };
        SupplierSignUpView: {
            /**
             * @description An exporter key for this supplier, shown in this response only: a replay with the same
             *     `Idempotency-Key` (`Idempotent-Replayed: true`) shows it again from a copy kept encrypted
             *     with the stored answer (`null` there only if the server's key changed since).
             * @example cor_exporter_3fX…
             */
            apiKey: string | null;
            supplier: components["schemas"]["SupplierDetailView"];
        };
        SupplierView: {
            /** Format: uuid */
            id: string;
            tradingName: string | null;
            /** @enum {string} */
            type: "cooperative" | "company" | "sole_proprietor";
            /** @example 102345678 */
            tin: string;
            /**
             * @description One of Rwanda's 30 districts, spelt as in the official lists.
             * @example Bugesera
             */
            district: string;
            categories: ("chili" | "coffee")[];
            status: components["schemas"]["SupplierStatus"];
            version: number;
            /**
             * Format: date-time
             * @example 2026-11-28T09:15:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-28T09:15:00.000Z
             */
            updatedAt: string;
            legalName: string;
            rdbRegistrationNumber: string;
            address: string;
            contact: components["schemas"]["SupplierContactView"];
            /** @description Set when verification or review asks for changes; empty otherwise. */
            reasons: components["schemas"]["SupplierReasonView"][];
        };
        UpdateSupplierDto: {
            /** @description The name registered with the RDB, printed as exporter on customs papers. */
            legalName?: string;
            /** @description The name it trades under, if another. */
            tradingName?: string;
            /**
             * @description The legal form: `cooperative`, `company` or `sole_proprietor`.
             * @enum {string}
             */
            type?: "cooperative" | "company" | "sole_proprietor";
            /** @description Rwanda Revenue Authority tax identification number: 9 digits. */
            tin?: string;
            /** @description Rwanda Development Board company registration number. */
            rdbRegistrationNumber?: string;
            /** @description One of Rwanda's 30 districts; any case on input, official spelling on output. */
            district?: string;
            /** @description Street address within the district; line breaks are kept. */
            address?: string;
            /** @description Who Corridor talks to at the supplier. */
            contact?: components["schemas"]["SupplierContactDto"];
            /** @description What it sells, `chili` and/or `coffee`, each once; they decide which documents it must upload. */
            categories?: ("chili" | "coffee")[];
        };
        SupplierDocumentView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            type: "rdb_certificate" | "tax_clearance" | "naeb_registration" | "gacc_registration" | "organic_certificate" | "phytosanitary_inspection" | "other";
            /** @description The registration number (required for `naeb_registration` and `gacc_registration`). */
            number: string | null;
            /**
             * @description Found from the file's content, not its name.
             * @enum {string}
             */
            contentType: "application/pdf" | "image/jpeg" | "image/png";
            sha256: string;
            sizeBytes: number;
            /**
             * Format: date
             * @example 2027-01-15
             */
            issuedOn: string | null;
            /**
             * Format: date
             * @example 2027-01-15
             */
            expiresOn: string | null;
            /**
             * Format: date-time
             * @example 2026-11-28T09:15:00.000Z
             */
            createdAt: string;
        };
        SuspendSupplierDto: {
            /** @description The reason, 1–1000 characters; kept in the supplier's history. */
            reason: string;
        };
        SupplierNotificationView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "review_outcome" | "certificate_expiring" | "suspended" | "reinstated";
            message: string;
            data: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @example 2026-11-28T09:15:00.000Z
             */
            createdAt: string;
        };
        CertificateCheckView: {
            /**
             * Format: uuid
             * @description The id of the job (the outbox row it was published from).
             */
            jobId: string;
        };
        BilingualNameDto: {
            /** @description The name in English. */
            en: string;
            /** @description Goes on the Chinese label (GB 7718). */
            zh: string;
        };
        ProductAttributesDto: {
            /** @description In 64ths of an inch. */
            screenSize?: number;
            /** @description Coffee: growing altitude in metres. */
            altitudeM?: number;
            /** @description Chili: heat in Scoville units. */
            heatScoville?: number;
            /**
             * @description Coffee: how the cherries were processed.
             * @enum {string}
             */
            process?: "washed" | "natural" | "honey";
            /** @description Coffee: its cupping score, 0–100. */
            cuppingScore?: number;
            /** @description Coffee: the washing station it was processed at. */
            washingStation?: string;
            /** @description Chili: the variety, e.g. "Bird's eye". */
            variety?: string;
        };
        CreateProductDto: {
            /** @description How long a unit keeps, in days, 1–36500. */
            shelfLifeDays: number;
            /** @description The supplier's code for the product, 1–64 of `A–Z a–z 0–9 - _ .`; unique per supplier. */
            sku: string;
            /** @description The product name in English and Chinese. */
            name: components["schemas"]["BilingualNameDto"];
            /**
             * @description Chili or coffee; the supplier must be registered for it.
             * @enum {string}
             */
            category: "chili" | "coffee";
            /**
             * @description The product form, which fixes the HS subheading the code must start with.
             * @enum {string}
             */
            form: "dried_whole" | "dried_crushed" | "chili_oil" | "chili_paste" | "green_beans" | "roasted_beans";
            /** @description 6, 8 or 10 digits, starting with the HS subheading of the form. */
            hsCode: string;
            /** @description Latin name, e.g. "Capsicum frutescens"; the phytosanitary request of a plant product needs it. */
            botanicalName?: string;
            /**
             * @description The retail packaging one unit comes in.
             * @enum {string}
             */
            packaging: "bag" | "sack" | "carton" | "bottle" | "jar" | "box";
            /** @description Net weight of one unit, kg with up to three decimals, above zero. */
            unitNetWeightKg: string;
            /** @description Gross weight of one unit with its packaging, kg with up to three decimals; not below the net. */
            unitGrossWeightKg: string;
            /**
             * @description Optional details of the category: coffee takes process, screen size, cupping score, altitude and washing station;
             *     chili takes variety and heat.
             */
            attributes?: components["schemas"]["ProductAttributesDto"];
        };
        ProductAttributesView: {
            /**
             * @description Coffee.
             * @enum {string}
             */
            process?: "washed" | "natural" | "honey";
            /** @description Coffee: screen size in 64ths of an inch, 10–20. */
            screenSize?: number;
            /** @description Coffee. */
            altitudeM?: number;
            /** @description Chili. */
            heatScoville?: number;
            /** @description Coffee: 0–100. */
            cuppingScore?: number;
            /** @description Coffee. */
            washingStation?: string;
            /** @description Chili. */
            variety?: string;
        };
        ProductView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            supplierId: string;
            /** @example GSH-CHILI-DW-5KG */
            sku: string;
            /** @enum {string} */
            category: "chili" | "coffee";
            /**
             * @description Fixes the HS subheading and the category.
             * @enum {string}
             */
            form: "dried_whole" | "dried_crushed" | "chili_oil" | "chili_paste" | "green_beans" | "roasted_beans";
            /** @example 090421 */
            hsCode: string;
            botanicalName: string | null;
            /** @enum {string} */
            packaging: "bag" | "sack" | "carton" | "bottle" | "jar" | "box";
            /** @example 12.500 */
            unitNetWeightKg: string;
            /** @example 12.500 */
            unitGrossWeightKg: string;
            shelfLifeDays: number;
            /**
             * Format: date-time
             * @example 2026-11-28T09:15:00.000Z
             */
            createdAt: string;
            /** @description The Chinese name goes on the label. */
            name: components["schemas"]["BilingualTextView"];
            attributes: components["schemas"]["ProductAttributesView"];
        };
        PurchaseOrderLineDto: {
            /** @description Units ordered, 1 to 1,000,000. */
            quantity: number;
            /** @description The SKU of a product the supplier has registered; at most once per order. */
            sku: string;
            /** @description A positive decimal string with at most the currency's minor digits ("23.5" is 23.50). */
            unitPrice: string;
        };
        CreatePurchaseOrderDto: {
            /** @description The ordering store, e.g. `FS-SHA-001`; a store buyer key may order only for its own store. */
            storeCode: string;
            /**
             * Format: uuid
             * @description The supplier ordered from.
             */
            supplierId: string;
            /** @description The store's own order reference, unique per store; printed on every customs paper. */
            buyerReference: string;
            /**
             * @description The currency of every price and total of the order.
             * @enum {string}
             */
            currency: "USD" | "CNY" | "RWF";
            /**
             * @description Incoterms 2020 rule for air and post: FCA, CPT, CIP or DAP.
             * @enum {string}
             */
            incoterm: "FCA" | "CPT" | "CIP" | "DAP";
            /** @description The rule's named place, e.g. "Shanghai Pudong (PVG)". */
            namedPlace: string;
            /** @description The date the store wants the goods by, YYYY-MM-DD. */
            requestedDeliveryDate: string;
            /** @description 1 to 200 lines, each SKU once. */
            lines: components["schemas"]["PurchaseOrderLineDto"][];
        };
        /** @enum {string} */
        PurchaseOrderStatus: "submitted" | "confirmed" | "rejected" | "cancelled" | "partially_shipped" | "shipped" | "delivered";
        /** @enum {string} */
        Currency: "USD" | "CNY" | "RWF";
        MoneyView: {
            /**
             * @description A decimal string with exactly the currency's minor digits (USD and CNY 2, RWF 0).
             * @example 1250.50
             */
            amount: string;
            currency: components["schemas"]["Currency"];
        };
        PurchaseOrderLineView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            productId: string;
            quantity: number;
            /** @description In every shipment not cancelled. */
            quantityPacked: number;
            /** @description In shipments handed over or beyond. */
            quantityShipped: number;
            sku: string;
            /** @description The product's name when the order was placed. */
            description: components["schemas"]["BilingualTextView"];
            hsCode: string;
            unitPrice: components["schemas"]["MoneyView"];
            lineTotal: components["schemas"]["MoneyView"];
        };
        PurchaseOrderView: {
            /** Format: uuid */
            id: string;
            status: components["schemas"]["PurchaseOrderStatus"];
            version: number;
            /** @example FS-SHA-001 */
            storeCode: string;
            /** Format: uuid */
            supplierId: string;
            currency: components["schemas"]["Currency"];
            /** @enum {string} */
            incoterm: "FCA" | "CPT" | "CIP" | "DAP";
            /**
             * Format: date
             * @example 2027-01-15
             */
            requestedDeliveryDate: string;
            /**
             * Format: date-time
             * @example 2026-11-28T09:15:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-28T09:15:00.000Z
             */
            updatedAt: string;
            /** @description Freshippo's own order number; unique per store. */
            buyerReference: string;
            namedPlace: string;
            lines: components["schemas"]["PurchaseOrderLineView"][];
            total: components["schemas"]["MoneyView"];
        };
        /** @enum {string} */
        ShipmentStatus: "documents_pending" | "documents_ready" | "documents_blocked" | "handoff_booked" | "handed_over" | "in_transit" | "arrived" | "customs_cleared" | "out_for_delivery" | "delivered" | "exception" | "cancelled";
        ShipmentSummaryView: {
            /** Format: uuid */
            id: string;
            status: components["schemas"]["ShipmentStatus"];
            /** @enum {string} */
            mode: "postal" | "courier" | "air_cargo";
            /**
             * @description Set when the handoff is booked.
             * @enum {string|null}
             */
            carrier: "iposita-ems" | "express" | "air-cargo" | null;
            trackingNumber: string | null;
            /**
             * Format: date-time
             * @example 2026-11-28T09:15:00.000Z
             */
            createdAt: string;
        };
        PurchaseOrderDetailView: {
            /** Format: uuid */
            id: string;
            status: components["schemas"]["PurchaseOrderStatus"];
            version: number;
            /** @example FS-SHA-001 */
            storeCode: string;
            /** Format: uuid */
            supplierId: string;
            currency: components["schemas"]["Currency"];
            /** @enum {string} */
            incoterm: "FCA" | "CPT" | "CIP" | "DAP";
            /**
             * Format: date
             * @example 2027-01-15
             */
            requestedDeliveryDate: string;
            /**
             * Format: date-time
             * @example 2026-11-28T09:15:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-28T09:15:00.000Z
             */
            updatedAt: string;
            /** @description Freshippo's own order number; unique per store. */
            buyerReference: string;
            namedPlace: string;
            lines: components["schemas"]["PurchaseOrderLineView"][];
            total: components["schemas"]["MoneyView"];
            history: components["schemas"]["HistoryItemView"][];
            shipments: components["schemas"]["ShipmentSummaryView"][];
        };
        OrderReasonDto: {
            /** @description Why, in words the other party reads; kept in the order's history. */
            reason: string;
        };
        ShipmentLineDto: {
            /** @description Units shipped; with the order's other shipments not cancelled, at most the quantity ordered. */
            quantity: number;
            /** @description A SKU of the order; at most once per shipment. */
            sku: string;
            /** @description The producer's lot, printed on the documents and used to trace recalls. */
            lotNumber: string;
        };
        PackageContentDto: {
            /** @description Units of it in this package; across packages they add up to the line. */
            quantity: number;
            /** @description A SKU of the shipment's lines; at most once per package. */
            sku: string;
        };
        ShipmentPackageDto: {
            /** @description The mark written on the parcel, e.g. "PKG-1"; unique within the shipment and printed on its label. */
            reference: string;
            /** @description The parcel as weighed, kg with up to three decimals; not below the net weight of its contents. */
            grossWeightKg: string;
            /** @description One side in cm, up to three decimals. */
            lengthCm: string;
            /** @description Another side in cm, up to three decimals. */
            widthCm: string;
            /** @description The third side in cm, up to three decimals. */
            heightCm: string;
            /** @description What the parcel holds, 1 to 200 SKUs. */
            contents: components["schemas"]["PackageContentDto"][];
        };
        CreateShipmentDto: {
            /** @description What is shipped, 1 to 200 lines, each SKU once. */
            lines: components["schemas"]["ShipmentLineDto"][];
            /** @description The parcels it is packed in, 1 to 500, each reference once. */
            packages: components["schemas"]["ShipmentPackageDto"][];
            /**
             * @description Chosen by rule when absent: postal where every parcel fits the postal limits.
             * @enum {string}
             */
            mode?: "postal" | "courier" | "air_cargo";
        };
        ShipmentLineView: {
            quantity: number;
            /** Format: uuid */
            purchaseOrderLineId: string;
            sku: string;
            lotNumber: string;
        };
        PackageContentView: {
            quantity: number;
            sku: string;
        };
        ShipmentPackageView: {
            /** @example PKG-1 */
            reference: string;
            /** @example 12.500 */
            grossWeightKg: string;
            /** @example 40.5 */
            lengthCm: string;
            /** @example 40.5 */
            widthCm: string;
            /** @example 40.5 */
            heightCm: string;
            /**
             * @description The UPU customs declaration a postal item was packed with; `null` off the post.
             * @enum {string|null}
             */
            postalForm: "cn22" | "cn23" | null;
            contents: components["schemas"]["PackageContentView"][];
        };
        ShipmentTotalsView: {
            /** @example 12.500 */
            netWeightKg: string;
            /** @example 12.500 */
            grossWeightKg: string;
            /** @description The value of the lines at the order's prices. */
            value: components["schemas"]["MoneyView"];
        };
        DocumentFindingView: {
            /**
             * @example HS_CODE_MISMATCH
             * @enum {string}
             */
            code: "LINES_DIFFER" | "QUANTITY_MISMATCH" | "HS_CODE_MISMATCH" | "VALUE_MISMATCH" | "CURRENCY_MISMATCH" | "TOTAL_NOT_SUM" | "WEIGHT_MISMATCH" | "NET_ABOVE_GROSS" | "PACKAGE_CONTENTS_MISMATCH" | "ORIGIN_NOT_RW" | "PARTY_MISMATCH" | "GACC_MISSING" | "PHYTOSANITARY_MISSING" | "PHYTOSANITARY_UNEXPECTED" | "CERTIFICATE_OF_ORIGIN_MISSING" | "EXPORT_DECLARATION_MISSING" | "INCOTERM_INVALID_FOR_MODE" | "POSTAL_DECLARATION_MISSING" | "POSTAL_DECLARATION_UNEXPECTED" | "POSTAL_FORM_WRONG";
            /**
             * @example [
             *       "commercial_invoice",
             *       "export_declaration"
             *     ]
             */
            documents: ("commercial_invoice" | "packing_list" | "certificate_of_origin" | "phytosanitary_request" | "export_declaration" | "cn22" | "cn23" | "shipping_label")[];
            /**
             * @description Where, as a path into the document data.
             * @example items[0].hsCode
             */
            field: string;
            /** @example 090421 */
            expected: string;
            /** @example 090422 */
            actual: string;
        };
        ShipmentView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            purchaseOrderId: string;
            /** Format: uuid */
            supplierId: string;
            /** @example FS-SHA-001 */
            storeCode: string;
            status: components["schemas"]["ShipmentStatus"];
            version: number;
            /** @enum {string} */
            mode: "postal" | "courier" | "air_cargo";
            /**
             * @description Set with `trackingNumber` when the handoff is booked.
             * @enum {string|null}
             */
            carrier: "iposita-ems" | "express" | "air-cargo" | null;
            trackingNumber: string | null;
            /** @description The round of customs documents: 1 at packing, one more after each `regenerate`. */
            documentsVersion: number;
            /**
             * Format: date-time
             * @example 2026-11-28T09:15:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-28T09:15:00.000Z
             */
            updatedAt: string;
            lines: components["schemas"]["ShipmentLineView"][];
            packages: components["schemas"]["ShipmentPackageView"][];
            totals: components["schemas"]["ShipmentTotalsView"];
            /** @description What the last consistency check of the papers found; empty when they agree. */
            documentFindings: components["schemas"]["DocumentFindingView"][];
        };
        ShipmentEventView: {
            /** @enum {string} */
            code: "accepted" | "departed_origin" | "in_transit" | "arrived_destination" | "customs_hold" | "customs_cleared" | "out_for_delivery" | "delivered" | "exception" | "returned";
            /**
             * Format: date-time
             * @example 2026-11-28T09:15:00.000Z
             */
            occurredAt: string;
            /**
             * Format: date-time
             * @example 2026-11-28T09:15:00.000Z
             */
            receivedAt: string;
            /** @description The carrier's id for the event. */
            eventId: string;
            location: string;
            /** @description The carrier's own words. */
            description: string;
        };
        ShipmentDocumentView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            type: "commercial_invoice" | "packing_list" | "certificate_of_origin" | "phytosanitary_request" | "export_declaration" | "cn22" | "cn23" | "shipping_label";
            version: number;
            /** @description Of the PDF. */
            sha256: string;
            /**
             * Format: date-time
             * @example 2026-11-28T09:15:00.000Z
             */
            createdAt: string;
            /** @description `shipping_label` only: the package it is for. */
            packageReference?: string;
        };
        ShipmentDetailView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            purchaseOrderId: string;
            /** Format: uuid */
            supplierId: string;
            /** @example FS-SHA-001 */
            storeCode: string;
            status: components["schemas"]["ShipmentStatus"];
            version: number;
            /** @enum {string} */
            mode: "postal" | "courier" | "air_cargo";
            /**
             * @description Set with `trackingNumber` when the handoff is booked.
             * @enum {string|null}
             */
            carrier: "iposita-ems" | "express" | "air-cargo" | null;
            trackingNumber: string | null;
            /** @description The round of customs documents: 1 at packing, one more after each `regenerate`. */
            documentsVersion: number;
            /**
             * Format: date-time
             * @example 2026-11-28T09:15:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-28T09:15:00.000Z
             */
            updatedAt: string;
            lines: components["schemas"]["ShipmentLineView"][];
            packages: components["schemas"]["ShipmentPackageView"][];
            totals: components["schemas"]["ShipmentTotalsView"];
            /** @description What the last consistency check of the papers found; empty when they agree. */
            documentFindings: components["schemas"]["DocumentFindingView"][];
            history: components["schemas"]["HistoryItemView"][];
            events: components["schemas"]["ShipmentEventView"][];
            documents: components["schemas"]["ShipmentDocumentView"][];
        };
        ShipmentDocumentDataView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            type: "commercial_invoice" | "packing_list" | "certificate_of_origin" | "phytosanitary_request" | "export_declaration" | "cn22" | "cn23" | "shipping_label";
            version: number;
            /** @description Its fields depend on `type`. */
            data: {
                [key: string]: unknown;
            };
        };
        TaskHolderView: {
            /** Format: uuid */
            keyId: string;
            /** @description The key's label, as staff know each other ("admin" for the bootstrap admin key). */
            label: string;
        };
        TaskSubjectView: {
            /** @enum {string} */
            kind: "supplier" | "purchase_order" | "shipment" | "job";
            /** @description The subject's id (a job's id for `failed_job`). */
            id: string;
        };
        TaskView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            type: "supplier_review" | "documents_fix" | "handoff_dropoff" | "exception_review" | "failed_job" | "certificate_expiring";
            /** @enum {string} */
            status: "open" | "claimed" | "done";
            /** @description The staff member who claimed it; `null` while open or once done. */
            claimedBy: {
                /** Format: uuid */
                keyId: string;
                /** @description The key's label, as staff know each other ("admin" for the bootstrap admin key). */
                label: string;
            } | null;
            /**
             * Format: date-time
             * @description When it was claimed; `null` when no one holds it.
             * @example 2026-11-28T09:15:00.000Z
             */
            claimedAt: string | null;
            outcome: string | null;
            note: string | null;
            /** @description What the pipeline recorded (such as `problems`) and the completion's `data`. */
            data: {
                [key: string]: unknown;
            } | null;
            /**
             * Format: date-time
             * @example 2026-11-28T09:15:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-28T09:15:00.000Z
             */
            updatedAt: string;
            subject: components["schemas"]["TaskSubjectView"];
            summary: string;
            /** @description The outcomes `complete` takes for this task's type. */
            allowedOutcomes: string[];
        };
        CompleteTaskDto: {
            /**
             * @description One of the task's `allowedOutcomes`.
             * @enum {string}
             */
            outcome: "approve" | "reject" | "request_changes" | "regenerate" | "cancel_shipment" | "handed_over" | "resume" | "retry" | "discard" | "acknowledge";
            note?: string;
            /** @description `reasons` for a supplier review, `receiptNumber` for a drop-off. */
            data?: {
                [key: string]: unknown;
            };
        };
        TrackingDestinationView: {
            /** @example Shanghai */
            city: string | null;
            store: string | null;
            /**
             * @description `city` in Chinese.
             * @example 上海
             */
            cityZh: string | null;
            /** @description `store` in Chinese. */
            storeZh: string | null;
        };
        TrackingEventView: {
            /** @enum {string} */
            code: "accepted" | "departed_origin" | "in_transit" | "arrived_destination" | "customs_hold" | "customs_cleared" | "out_for_delivery" | "delivered" | "exception" | "returned";
            /**
             * Format: date-time
             * @example 2026-11-28T09:15:00.000Z
             */
            occurredAt: string;
            /**
             * @description The place the carrier reported, as a plain name: letters, digits, spaces and `, . - ' ( ) /`, at most 60 characters.
             * @example Kigali, RW
             */
            location: string;
            /** @description Corridor's wording of the event code in English and Chinese (not the carrier's free text). */
            description: components["schemas"]["BilingualTextView"];
        };
        TrackingView: {
            status: components["schemas"]["ShipmentStatus"];
            /** @enum {string|null} */
            carrier: "iposita-ems" | "express" | "air-cargo" | null;
            /** @example Kigali, RW */
            origin: string;
            /**
             * Format: date
             * @description The delivery date once delivered; before that, an estimate from the handover and the mode.
             * @example 2027-01-15
             */
            estimatedDelivery: string;
            trackingNumber: string;
            destination: components["schemas"]["TrackingDestinationView"];
            /** @description Oldest first (by `occurredAt`, then along the journey, then by the carrier's event id). */
            events: components["schemas"]["TrackingEventView"][];
        };
        CarrierEventDto: {
            /** @description The carrier's id for the event; a repeat is accepted and ignored. */
            eventId: string;
            /** @description The tracking number of a shipment booked with this carrier: 8–40 of A–Z and 0–9. */
            trackingNumber: string;
            /**
             * @description What happened, as a contract event code.
             * @enum {string}
             */
            code: "accepted" | "departed_origin" | "in_transit" | "arrived_destination" | "customs_hold" | "customs_cleared" | "out_for_delivery" | "delivered" | "exception" | "returned";
            /** @description When it happened, a strict ISO 8601 timestamp; events are ordered by it, not by arrival. */
            occurredAt: string;
            /** @description Where, up to 200 characters; the public tracking page shows a cleaned-up form. */
            location: string;
            /** @description The carrier's text for the event, up to 500 characters. */
            description: string;
        };
        CarrierEventsDto: {
            /** @description 1 to 500 events, in any order. */
            events: components["schemas"]["CarrierEventDto"][];
        };
        CarrierEventsResultView: {
            /** @description Events recorded for the first time. */
            accepted: number;
            /** @description Events whose `eventId` was already recorded, ignored. */
            duplicates: number;
            /** @description Tracking numbers of this carrier that Corridor does not know; their events are dropped. */
            unknownTrackingNumbers: string[];
        };
        CreateWebhookSubscriptionDto: {
            /**
             * @description Where events are posted. `https` in production; a host that is or resolves to a
             *     link-local or metadata address is refused, private and loopback ones unless
             *     `WEBHOOK_ALLOW_PRIVATE=true`.
             * @example https://hooks.freshippo.example/corridor
             */
            url: string;
            /**
             * @description The event types to receive, each once.
             * @example [
             *       "purchase_order.status_changed",
             *       "shipment.status_changed"
             *     ]
             */
            events: ("purchase_order.status_changed" | "shipment.status_changed")[];
        };
        CreatedWebhookSubscriptionView: {
            /** Format: uuid */
            id: string;
            /** @example https://hooks.freshippo.example/corridor */
            url: string;
            events: ("purchase_order.status_changed" | "shipment.status_changed")[];
            /**
             * @description The store whose orders and shipments are sent: the buyer key's; `null` for HQ (every store).
             * @example FS-SHA-001
             */
            storeCode: string | null;
            /**
             * Format: date-time
             * @example 2026-11-28T09:15:00.000Z
             */
            createdAt: string;
            /**
             * @description The Standard Webhooks signing secret (`whsec_…`), shown in this response only: a replay
             *     with the same `Idempotency-Key` (`Idempotent-Replayed: true`) shows it again from a copy
             *     kept encrypted with the stored answer (`null` there only if the server's key changed since).
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string | null;
        };
        WebhookSubscriptionView: {
            /** Format: uuid */
            id: string;
            /** @example https://hooks.freshippo.example/corridor */
            url: string;
            events: ("purchase_order.status_changed" | "shipment.status_changed")[];
            /**
             * @description The store whose orders and shipments are sent: the buyer key's; `null` for HQ (every store).
             * @example FS-SHA-001
             */
            storeCode: string | null;
            /**
             * Format: date-time
             * @example 2026-11-28T09:15:00.000Z
             */
            createdAt: string;
        };
        WebhookAttemptView: {
            /** @description 1 for the first try. */
            attempt: number;
            /**
             * Format: date-time
             * @example 2026-11-28T09:15:00.000Z
             */
            at: string;
            /**
             * @description The receiver's HTTP status; `null` when there was none (timeout, refused address, unreachable).
             * @example 200
             */
            statusCode: number | null;
            /** @example null */
            error: string | null;
            durationMs: number;
        };
        WebhookDeliveryView: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The `webhook-id` header, the same on every attempt: receivers deduplicate on it.
             */
            eventId: string;
            /** @enum {string} */
            eventType: "purchase_order.status_changed" | "shipment.status_changed";
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
            attempts: components["schemas"]["WebhookAttemptView"][];
            /**
             * Format: date-time
             * @example 2026-11-28T09:15:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-28T09:15:00.000Z
             */
            completedAt: string | null;
            /**
             * @description The JSON posted, exactly as signed: `{ "type", "timestamp", "data": { "purchaseOrderId",
             *     "buyerReference", "storeCode", "shipmentId"?, "trackingNumber"?, "from", "to", "at", "actor", "reason" } }`.
             */
            body: string;
        };
        SignInDto: {
            /** @description A staff or admin API key; it is exchanged for a session cookie and not kept by the browser. */
            apiKey: string;
        };
        SessionView: {
            /**
             * Format: date-time
             * @description When the session ends unless used again: 12 hours after its last request (sliding).
             * @example 2026-11-28T09:15:00.000Z
             */
            expiresAt: string;
            /** @description Send it as `X-CSRF-Token` on every POST, PATCH, PUT and DELETE made with the session. */
            csrfToken: string;
        };
        SessionActorView: {
            /** @enum {string} */
            role: "staff" | "admin";
            /** Format: uuid */
            keyId: string;
            /** @description The key's label; `admin` for the bootstrap admin key. */
            label: string;
        };
        CurrentSessionView: {
            /**
             * Format: date-time
             * @description When the session ends unless used again: 12 hours after its last request (sliding).
             * @example 2026-11-28T09:15:00.000Z
             */
            expiresAt: string;
            /** @description Send it as `X-CSRF-Token` on every POST, PATCH, PUT and DELETE made with the session. */
            csrfToken: string;
            actor: components["schemas"]["SessionActorView"];
        };
    };
    responses: never;
    parameters: {
        /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
        "X-Request-Id": string;
    };
    requestBodies: never;
    headers: {
        /** @description Identifies the request in logs and in `error.requestId`. */
        "X-Request-Id": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ApiKeysController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key (scoped to the caller, kept at least 24 h) with the same body answers the first status and body again. */
                "Idempotency-Key"?: string;
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key`. */
                    "Idempotent-Replayed"?: "true";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedApiKeyView"];
                };
            };
            /** @description `VALIDATION_FAILED`: the request does not fit the schema (unknown fields, wrong types, malformed JSON); `BUSINESS_RULE_VIOLATED`: the request is well formed, but the domain refuses it */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `FORBIDDEN`: the caller's role may never use this route */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_IN_USE`: the first request with this `Idempotency-Key` is still running; retry shortly */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (JSON) or 10 MiB (uploads) */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not of a content type this route takes */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_REUSED`: this `Idempotency-Key` was used with a different request */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    ApiKeysController_revoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked; the key stops working at once. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `FORBIDDEN`: the caller's role may never use this route */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `NOT_FOUND`: no such resource in the caller's scope */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    StoresController_list: {
        parameters: {
            query?: {
                /** @description Page size, 1–200. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageView"] & {
                        items: components["schemas"]["StoreView"][];
                    };
                };
            };
            /** @description `VALIDATION_FAILED`: the request does not fit the schema (unknown fields, wrong types, malformed JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    StoresController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key (scoped to the caller, kept at least 24 h) with the same body answers the first status and body again. */
                "Idempotency-Key"?: string;
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStoreDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key`. */
                    "Idempotent-Replayed"?: "true";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreView"];
                };
            };
            /** @description `VALIDATION_FAILED`: the request does not fit the schema (unknown fields, wrong types, malformed JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `FORBIDDEN`: the caller's role may never use this route */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `CONFLICT`: a natural key is already taken, or a concurrent change won; `IDEMPOTENCY_KEY_IN_USE`: the first request with this `Idempotency-Key` is still running; retry shortly */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (JSON) or 10 MiB (uploads) */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not of a content type this route takes */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_REUSED`: this `Idempotency-Key` was used with a different request */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    SuppliersController_list: {
        parameters: {
            query?: {
                /** @description Page size, 1–200. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Only suppliers in this status. */
                status?: "draft" | "submitted" | "verifying" | "in_review" | "approved" | "rejected" | "changes_requested" | "suspended";
                /** @description A part of the legal or trading name (any case), or a whole TIN. */
                q?: string;
            };
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageView"] & {
                        items: components["schemas"]["SupplierView"][];
                    };
                };
            };
            /** @description `VALIDATION_FAILED`: the request does not fit the schema (unknown fields, wrong types, malformed JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `FORBIDDEN`: the caller's role may never use this route */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    SuppliersController_signUp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key (scoped to the caller, kept at least 24 h) with the same body answers the first status and body again. */
                "Idempotency-Key"?: string;
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSupplierDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key`. */
                    "Idempotent-Replayed"?: "true";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierSignUpView"];
                };
            };
            /** @description `VALIDATION_FAILED`: the request does not fit the schema (unknown fields, wrong types, malformed JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `CONFLICT`: a natural key is already taken, or a concurrent change won; `IDEMPOTENCY_KEY_IN_USE`: the first request with this `Idempotency-Key` is still running; retry shortly */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (JSON) or 10 MiB (uploads) */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not of a content type this route takes */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_REUSED`: this `Idempotency-Key` was used with a different request */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `RATE_LIMITED`: over `RATE_LIMIT_PUBLIC` requests a minute from this address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request will be accepted again. */
                    "Retry-After"?: number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    SuppliersController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierDetailView"];
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `FORBIDDEN`: the caller's role may never use this route */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `NOT_FOUND`: no such resource in the caller's scope */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    SuppliersController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSupplierDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierDetailView"];
                };
            };
            /** @description `VALIDATION_FAILED`: the request does not fit the schema (unknown fields, wrong types, malformed JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `FORBIDDEN`: the caller's role may never use this route */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `NOT_FOUND`: no such resource in the caller's scope */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INVALID_STATE_TRANSITION`: the status does not allow this move (`details` name `from` and `action`); `CONFLICT`: a natural key is already taken, or a concurrent change won */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (JSON) or 10 MiB (uploads) */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not of a content type this route takes */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    SuppliersController_listDocuments: {
        parameters: {
            query?: {
                /** @description Page size, 1–200. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageView"] & {
                        items: components["schemas"]["SupplierDocumentView"][];
                    };
                };
            };
            /** @description `VALIDATION_FAILED`: the request does not fit the schema (unknown fields, wrong types, malformed JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `FORBIDDEN`: the caller's role may never use this route */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `NOT_FOUND`: no such resource in the caller's scope */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    SuppliersController_upload: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key (scoped to the caller, kept at least 24 h) with the same body answers the first status and body again. */
                "Idempotency-Key"?: string;
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @enum {string} */
                    type: "rdb_certificate" | "tax_clearance" | "naeb_registration" | "gacc_registration" | "organic_certificate" | "phytosanitary_inspection" | "other";
                    number?: string;
                    /** Format: date */
                    issuedOn?: string;
                    /** Format: date */
                    expiresOn?: string;
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key`. */
                    "Idempotent-Replayed"?: "true";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierDocumentView"];
                };
            };
            /** @description `VALIDATION_FAILED`: the request does not fit the schema (unknown fields, wrong types, malformed JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `FORBIDDEN`: the caller's role may never use this route */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `NOT_FOUND`: no such resource in the caller's scope */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_IN_USE`: the first request with this `Idempotency-Key` is still running; retry shortly */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (JSON) or 10 MiB (uploads) */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not of a content type this route takes */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_REUSED`: this `Idempotency-Key` was used with a different request */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    SuppliersController_download: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
                docId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with the content type found at upload. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `FORBIDDEN`: the caller's role may never use this route */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `NOT_FOUND`: no such resource in the caller's scope */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    SuppliersController_suspend: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuspendSupplierDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierDetailView"];
                };
            };
            /** @description `VALIDATION_FAILED`: the request does not fit the schema (unknown fields, wrong types, malformed JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `FORBIDDEN`: the caller's role may never use this route */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `NOT_FOUND`: no such resource in the caller's scope */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INVALID_STATE_TRANSITION`: the status does not allow this move (`details` name `from` and `action`) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    SuppliersController_reinstate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierDetailView"];
                };
            };
            /** @description `BUSINESS_RULE_VIOLATED`: the request is well formed, but the domain refuses it */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `FORBIDDEN`: the caller's role may never use this route */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `NOT_FOUND`: no such resource in the caller's scope */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INVALID_STATE_TRANSITION`: the status does not allow this move (`details` name `from` and `action`) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    SuppliersController_notifications: {
        parameters: {
            query?: {
                /** @description Page size, 1–200. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageView"] & {
                        items: components["schemas"]["SupplierNotificationView"][];
                    };
                };
            };
            /** @description `VALIDATION_FAILED`: the request does not fit the schema (unknown fields, wrong types, malformed JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `FORBIDDEN`: the caller's role may never use this route */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `NOT_FOUND`: no such resource in the caller's scope */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    SuppliersController_checkCertificates: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateCheckView"];
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `FORBIDDEN`: the caller's role may never use this route */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    SuppliersController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierDetailView"];
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `FORBIDDEN`: the caller's role may never use this route */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `NOT_FOUND`: no such resource in the caller's scope */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INVALID_STATE_TRANSITION`: the status does not allow this move (`details` name `from` and `action`) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    ProductsController_list: {
        parameters: {
            query?: {
                /** @description Page size, 1–200. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageView"] & {
                        items: components["schemas"]["ProductView"][];
                    };
                };
            };
            /** @description `VALIDATION_FAILED`: the request does not fit the schema (unknown fields, wrong types, malformed JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `NOT_FOUND`: no such resource in the caller's scope */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    ProductsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key (scoped to the caller, kept at least 24 h) with the same body answers the first status and body again. */
                "Idempotency-Key"?: string;
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProductDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key`. */
                    "Idempotent-Replayed"?: "true";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductView"];
                };
            };
            /** @description `VALIDATION_FAILED`: the request does not fit the schema (unknown fields, wrong types, malformed JSON); `BUSINESS_RULE_VIOLATED`: the request is well formed, but the domain refuses it */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `FORBIDDEN`: the caller's role may never use this route */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `NOT_FOUND`: no such resource in the caller's scope */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `CONFLICT`: a natural key is already taken, or a concurrent change won; `IDEMPOTENCY_KEY_IN_USE`: the first request with this `Idempotency-Key` is still running; retry shortly */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (JSON) or 10 MiB (uploads) */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not of a content type this route takes */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_REUSED`: this `Idempotency-Key` was used with a different request */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    ProductsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductView"];
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `NOT_FOUND`: no such resource in the caller's scope */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    PurchaseOrdersController_list: {
        parameters: {
            query?: {
                /** @description Page size, 1–200. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Only orders in this status. */
                status?: "submitted" | "confirmed" | "rejected" | "cancelled" | "partially_shipped" | "shipped" | "delivered";
                /** @description Only orders of this store (within what the caller may see). */
                storeCode?: string;
                /** @description Only orders to this supplier (within what the caller may see). */
                supplierId?: string;
                /** @description Only orders created at or after this ISO 8601 instant. */
                createdFrom?: string;
                /** @description Only orders created before this ISO 8601 instant. */
                createdTo?: string;
            };
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageView"] & {
                        items: components["schemas"]["PurchaseOrderView"][];
                    };
                };
            };
            /** @description `VALIDATION_FAILED`: the request does not fit the schema (unknown fields, wrong types, malformed JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    PurchaseOrdersController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key (scoped to the caller, kept at least 24 h) with the same body answers the first status and body again. */
                "Idempotency-Key"?: string;
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePurchaseOrderDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key`. */
                    "Idempotent-Replayed"?: "true";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrderView"];
                };
            };
            /** @description `VALIDATION_FAILED`: the request does not fit the schema (unknown fields, wrong types, malformed JSON); `BUSINESS_RULE_VIOLATED`: the request is well formed, but the domain refuses it */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `FORBIDDEN`: the caller's role may never use this route */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `CONFLICT`: a natural key is already taken, or a concurrent change won; `IDEMPOTENCY_KEY_IN_USE`: the first request with this `Idempotency-Key` is still running; retry shortly */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (JSON) or 10 MiB (uploads) */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not of a content type this route takes */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_REUSED`: this `Idempotency-Key` was used with a different request */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    PurchaseOrdersController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrderDetailView"];
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `NOT_FOUND`: no such resource in the caller's scope */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    PurchaseOrdersController_confirm: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrderDetailView"];
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `FORBIDDEN`: the caller's role may never use this route */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `NOT_FOUND`: no such resource in the caller's scope */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INVALID_STATE_TRANSITION`: the status does not allow this move (`details` name `from` and `action`) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    PurchaseOrdersController_reject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrderDetailView"];
                };
            };
            /** @description `VALIDATION_FAILED`: the request does not fit the schema (unknown fields, wrong types, malformed JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `FORBIDDEN`: the caller's role may never use this route */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `NOT_FOUND`: no such resource in the caller's scope */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INVALID_STATE_TRANSITION`: the status does not allow this move (`details` name `from` and `action`) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (JSON) or 10 MiB (uploads) */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not of a content type this route takes */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    PurchaseOrdersController_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrderDetailView"];
                };
            };
            /** @description `VALIDATION_FAILED`: the request does not fit the schema (unknown fields, wrong types, malformed JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `FORBIDDEN`: the caller's role may never use this route */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `NOT_FOUND`: no such resource in the caller's scope */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INVALID_STATE_TRANSITION`: the status does not allow this move (`details` name `from` and `action`) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (JSON) or 10 MiB (uploads) */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not of a content type this route takes */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    PurchaseOrdersController_createShipment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key (scoped to the caller, kept at least 24 h) with the same body answers the first status and body again. */
                "Idempotency-Key"?: string;
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateShipmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key`. */
                    "Idempotent-Replayed"?: "true";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentView"];
                };
            };
            /** @description `VALIDATION_FAILED`: the request does not fit the schema (unknown fields, wrong types, malformed JSON); `BUSINESS_RULE_VIOLATED`: the request is well formed, but the domain refuses it */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `FORBIDDEN`: the caller's role may never use this route */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `NOT_FOUND`: no such resource in the caller's scope */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INVALID_STATE_TRANSITION`: the status does not allow this move (`details` name `from` and `action`); `IDEMPOTENCY_KEY_IN_USE`: the first request with this `Idempotency-Key` is still running; retry shortly */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (JSON) or 10 MiB (uploads) */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not of a content type this route takes */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_REUSED`: this `Idempotency-Key` was used with a different request */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    ShipmentsController_list: {
        parameters: {
            query?: {
                /** @description Page size, 1–200. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Only shipments in this status. */
                status?: "documents_pending" | "documents_ready" | "documents_blocked" | "handoff_booked" | "handed_over" | "in_transit" | "arrived" | "customs_cleared" | "out_for_delivery" | "delivered" | "exception" | "cancelled";
                /** @description Only shipments of this order. */
                purchaseOrderId?: string;
                /**
                 * @description Finds shipments by tracking number, the buyer reference of their order or the lot number
                 *     of a line (each exactly; tracking numbers ignore case and spaces), or by the supplier's
                 *     legal or trading name (a case-insensitive part of it).
                 */
                q?: string;
            };
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageView"] & {
                        items: components["schemas"]["ShipmentView"][];
                    };
                };
            };
            /** @description `VALIDATION_FAILED`: the request does not fit the schema (unknown fields, wrong types, malformed JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    ShipmentsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentDetailView"];
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `NOT_FOUND`: no such resource in the caller's scope */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    ShipmentsController_listDocuments: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every document on one page: `nextCursor` is always `null`. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageView"] & {
                        items: components["schemas"]["ShipmentDocumentView"][];
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `NOT_FOUND`: no such resource in the caller's scope */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    ShipmentsController_bundle: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One PDF of the labels and papers, in drop-off order. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `NOT_FOUND`: no such resource in the caller's scope */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INVALID_STATE_TRANSITION`: the status does not allow this move (`details` name `from` and `action`) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    ShipmentsController_document: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
                docId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF, or its data when the request accepts `application/json`. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/json": components["schemas"]["ShipmentDocumentDataView"];
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `NOT_FOUND`: no such resource in the caller's scope */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    TasksController_list: {
        parameters: {
            query?: {
                /** @description Page size, 1–200. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                status?: "open" | "claimed" | "done";
                type?: "supplier_review" | "documents_fix" | "handoff_dropoff" | "exception_review" | "failed_job" | "certificate_expiring";
                subjectId?: string;
                assignee?: "me";
                /** @description `newest` (the default, as every list) or `oldest` first, as the console's inbox reads it. */
                order?: "newest" | "oldest";
            };
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageView"] & {
                        items: components["schemas"]["TaskView"][];
                    };
                };
            };
            /** @description `VALIDATION_FAILED`: the request does not fit the schema (unknown fields, wrong types, malformed JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `FORBIDDEN`: the caller's role may never use this route */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    TasksController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"];
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `FORBIDDEN`: the caller's role may never use this route */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `NOT_FOUND`: no such resource in the caller's scope */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    TasksController_claim: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"];
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `FORBIDDEN`: the caller's role may never use this route */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `NOT_FOUND`: no such resource in the caller's scope */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INVALID_STATE_TRANSITION`: the status does not allow this move (`details` name `from` and `action`) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    TasksController_release: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"];
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `FORBIDDEN`: the caller's role may never use this route */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `NOT_FOUND`: no such resource in the caller's scope */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INVALID_STATE_TRANSITION`: the status does not allow this move (`details` name `from` and `action`) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    TasksController_complete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteTaskDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"];
                };
            };
            /** @description `VALIDATION_FAILED`: the request does not fit the schema (unknown fields, wrong types, malformed JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `FORBIDDEN`: the caller's role may never use this route */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `NOT_FOUND`: no such resource in the caller's scope */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INVALID_STATE_TRANSITION`: the status does not allow this move (`details` name `from` and `action`) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (JSON) or 10 MiB (uploads) */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not of a content type this route takes */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    TrackingController_view: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                trackingNumber: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackingView"];
                };
            };
            /** @description `VALIDATION_FAILED`: the request does not fit the schema (unknown fields, wrong types, malformed JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `NOT_FOUND`: no such resource in the caller's scope */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `RATE_LIMITED`: over `RATE_LIMIT_PUBLIC` requests a minute from this address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request will be accepted again. */
                    "Retry-After"?: number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    TrackingController_page: {
        parameters: {
            query?: {
                /** @description The page's language; else the browser's `Accept-Language`. */
                lang?: "zh" | "en";
            };
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                trackingNumber: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tracking page. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description An error page (`VALIDATION_FAILED`). */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description An error page (`NOT_FOUND`). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description An error page (`RATE_LIMITED`). */
            429: {
                headers: {
                    /** @description Seconds until a request will be accepted again. */
                    "Retry-After"?: number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    TrackingController_events: {
        parameters: {
            query?: never;
            header: {
                /** @description t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.rawBody"> */
                "X-Carrier-Signature": string;
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                carrierCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CarrierEventsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CarrierEventsResultView"];
                };
            };
            /** @description `VALIDATION_FAILED`: the request does not fit the schema (unknown fields, wrong types, malformed JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (JSON) or 10 MiB (uploads) */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not of a content type this route takes */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    WebhookSubscriptionsController_list: {
        parameters: {
            query?: {
                /** @description Page size, 1–200. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageView"] & {
                        items: components["schemas"]["WebhookSubscriptionView"][];
                    };
                };
            };
            /** @description `VALIDATION_FAILED`: the request does not fit the schema (unknown fields, wrong types, malformed JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `FORBIDDEN`: the caller's role may never use this route */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    WebhookSubscriptionsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key (scoped to the caller, kept at least 24 h) with the same body answers the first status and body again. */
                "Idempotency-Key"?: string;
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookSubscriptionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key`. */
                    "Idempotent-Replayed"?: "true";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookSubscriptionView"];
                };
            };
            /** @description `VALIDATION_FAILED`: the request does not fit the schema (unknown fields, wrong types, malformed JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `FORBIDDEN`: the caller's role may never use this route */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_IN_USE`: the first request with this `Idempotency-Key` is still running; retry shortly */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (JSON) or 10 MiB (uploads) */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not of a content type this route takes */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_REUSED`: this `Idempotency-Key` was used with a different request */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    WebhookSubscriptionsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionView"];
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `FORBIDDEN`: the caller's role may never use this route */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `NOT_FOUND`: no such resource in the caller's scope */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    WebhookSubscriptionsController_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; deliveries stop at once. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `FORBIDDEN`: the caller's role may never use this route */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `NOT_FOUND`: no such resource in the caller's scope */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    WebhookSubscriptionsController_deliveries: {
        parameters: {
            query?: {
                /** @description Page size, 1–200. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageView"] & {
                        items: components["schemas"]["WebhookDeliveryView"][];
                    };
                };
            };
            /** @description `VALIDATION_FAILED`: the request does not fit the schema (unknown fields, wrong types, malformed JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `FORBIDDEN`: the caller's role may never use this route */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `NOT_FOUND`: no such resource in the caller's scope */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    SessionsController_signIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInDto"];
            };
        };
        responses: {
            /** @description Signed in; `Set-Cookie` carries the session (`HttpOnly`, `SameSite=Strict`, `Path=/`). */
            201: {
                headers: {
                    /** @description `corridor_session=…` */
                    "Set-Cookie"?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionView"];
                };
            };
            /** @description `VALIDATION_FAILED`: the request does not fit the schema (unknown fields, wrong types, malformed JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `FORBIDDEN`: the caller's role may never use this route */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (JSON) or 10 MiB (uploads) */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not of a content type this route takes */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `RATE_LIMITED`: over `RATE_LIMIT_PUBLIC` requests a minute from this address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request will be accepted again. */
                    "Retry-After"?: number;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    SessionsController_current: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrentSessionView"];
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `FORBIDDEN`: the caller's role may never use this route */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    SessionsController_signOut: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out; the cookie is cleared. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `FORBIDDEN`: the caller's role may never use this route */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    MetricsController_metrics: {
        parameters: {
            query?: never;
            header?: {
                /** @description `Bearer <METRICS_TOKEN>` when one is set. */
                Authorization?: string;
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metrics, in the Prometheus text exposition format 0.0.4. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description `UNAUTHENTICATED`: the API key is missing, unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `INTERNAL`: an unexpected failure */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `UNAVAILABLE`: a dependency is down and the request could not be accepted safely */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    QueueDashboard_page: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dashboard page. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `UNAUTHENTICATED`: no valid key or session. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
            /** @description `FORBIDDEN`: exporter and buyer keys. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeView"];
                };
            };
        };
    };
    StaffConsole_page: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one. */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The console page. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
}
