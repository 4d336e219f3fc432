-- Third-party (underpinning) contracts and the services each covers, so an incident's service finds its contracts.
-- A contract's service rows are replaced whenever the contract changes; version orders writes.
CREATE TABLE IF NOT EXISTS vendor_contracts
(
    id           TEXT    NOT NULL PRIMARY KEY,
    version      INTEGER NOT NULL,
    summary_json TEXT    NOT NULL
);

CREATE TABLE IF NOT EXISTS vendor_contract_services
(
    contract_id TEXT NOT NULL,
    service_id  TEXT NOT NULL,
    PRIMARY KEY (contract_id, service_id)
);

CREATE INDEX IF NOT EXISTS ix_vendor_contract_services_service ON vendor_contract_services (service_id);
