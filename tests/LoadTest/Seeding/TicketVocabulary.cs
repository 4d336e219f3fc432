namespace ItsmOrleans.LoadTest.Seeding;

/// <summary>
/// The words of IT tickets, ordered roughly from common to rare: products, parts, symptoms, sites, and generated host
/// names and error codes (thousands of them, as a real estate has). Picked with a Zipf-like weighting by rank.
/// </summary>
public static class TicketVocabulary
{
    public static readonly string[] Products =
    [
        "Outlook", "Teams", "VPN", "SAP", "SharePoint", "Windows", "Excel", "Citrix", "Salesforce", "Jira", "Confluence",
        "Chrome", "Edge", "Firefox", "OneDrive", "Zoom", "Slack", "Workday", "ServiceNow", "Oracle", "PostgreSQL",
        "Kubernetes", "Docker", "Jenkins", "GitLab", "GitHub", "Azure", "AWS", "Okta", "ActiveDirectory", "Exchange",
        "Word", "PowerPoint", "Acrobat", "Tableau", "PowerBI", "Splunk", "Grafana", "Prometheus", "Nagios", "VMware",
        "HyperV", "Linux", "Ubuntu", "RedHat", "macOS", "iPhone", "Android", "Intune", "Defender", "CrowdStrike",
        "Fortinet", "PaloAlto", "Cisco", "Meraki", "Aruba", "Juniper", "F5", "Nginx", "Apache", "Tomcat", "IIS",
        "Kafka", "RabbitMQ", "Redis", "Elasticsearch", "MongoDB", "MySQL", "SQLServer", "DB2", "Snowflake",
        "Databricks", "Airflow", "Terraform", "Ansible", "Puppet", "Chef", "Vault", "Consul", "Nomad", "Veeam",
        "Commvault", "NetApp", "Dell", "Lenovo", "HP", "Xerox", "Ricoh", "Canon", "Avaya", "Genesys", "Webex",
        "DocuSign", "Concur", "Coupa", "Ariba", "Dynamics", "NetSuite", "QuickBooks", "Sage", "Kronos", "ADP",
        "Moodle", "Blackboard", "Epic", "Cerner", "Zendesk", "Freshdesk", "HubSpot", "Marketo", "Mailchimp",
        "Twilio", "Stripe", "Adyen", "PayPal", "Shopify", "Magento", "WordPress", "Drupal", "Bitbucket", "Nexus",
        "Artifactory", "SonarQube",
    ];

    public static readonly string[] Parts =
    [
        "password", "login", "account", "mailbox", "printer", "laptop", "connection", "license", "certificate",
        "server", "database", "network", "screen", "keyboard", "mouse", "headset", "monitor", "dock", "battery",
        "disk", "memory", "cpu", "backup", "restore", "report", "invoice", "order", "payment", "calendar", "meeting",
        "folder", "file", "share", "drive", "permission", "group", "role", "token", "session", "cookie", "page",
        "form", "button", "link", "query", "job", "batch", "queue", "topic", "cluster", "node", "pod", "container",
        "image", "volume", "snapshot", "replica", "index", "table", "schema", "view", "dashboard", "alert", "metric",
        "log", "trace", "agent", "sensor", "firewall", "router", "switch", "proxy", "gateway", "dns", "dhcp", "ip",
        "subnet", "vlan", "wifi", "ethernet", "cable", "port", "socket", "api", "endpoint", "webhook", "plugin",
        "extension", "update", "patch", "upgrade", "driver", "firmware", "bios", "profile", "policy", "rule",
        "workflow", "approval", "ticket", "request", "change", "release", "deployment", "pipeline", "build",
        "artifact", "repository", "branch", "commit", "merge", "key", "secret", "vault", "sso", "mfa", "otp",
        "authenticator", "badge", "door", "desk", "phone", "voicemail", "fax", "scanner", "toner", "paper",
        "projector", "camera", "microphone", "speaker", "bluetooth", "usb", "hdmi", "charger", "adapter", "tablet",
        "smartphone", "sim", "roaming", "quota", "storage", "archive", "retention", "encryption", "signature",
        "attachment", "spam", "phishing", "malware", "virus", "ransomware", "vulnerability", "scan", "audit",
        "compliance", "timesheet", "payslip", "expense", "purchase", "contract", "vendor", "supplier", "catalogue",
        "inventory", "shipment", "label", "barcode", "terminal", "kiosk", "till", "receipt",
    ];

    public static readonly string[] Symptoms =
    [
        "fails", "crashes", "hangs", "freezes", "times out", "is slow", "is down", "rejects", "disconnects",
        "does not start", "does not sync", "loops", "shows error", "returns 500", "returns 403", "returns 404",
        "is unreachable", "is locked", "expired", "is missing", "is corrupted", "is full", "is stuck", "keeps restarting",
        "drops calls", "cannot connect", "cannot print", "cannot login", "cannot send", "cannot open", "cannot save",
        "cannot upload", "cannot download", "flickers", "overheats", "beeps", "stutters", "duplicates", "leaks memory",
        "spikes", "throttles", "deadlocks", "truncates", "misroutes", "bounces", "fails over", "degrades",
    ];

    public static readonly string[] Adjectives =
    [
        "urgent", "intermittent", "new", "recurring", "slow", "broken", "shared", "remote", "mobile", "external",
        "internal", "primary", "secondary", "legacy", "critical", "scheduled", "nightly", "weekly", "monthly",
        "encrypted", "public", "private", "virtual", "wireless", "wired", "temporary", "default", "corporate",
        "guest", "regional", "global", "local", "offline", "online", "blank", "wrong", "duplicate", "partial",
    ];

    public static readonly string[] Sites =
    [
        "London", "Paris", "Berlin", "Madrid", "Rome", "Amsterdam", "Dublin", "Warsaw", "Prague", "Vienna",
        "Zurich", "Stockholm", "Oslo", "Helsinki", "Copenhagen", "Lisbon", "Brussels", "Munich", "Hamburg", "Milan",
        "NewYork", "Boston", "Chicago", "Toronto", "Austin", "Seattle", "Denver", "Atlanta", "Miami", "Dallas",
        "Singapore", "Tokyo", "Sydney", "Mumbai", "Bangalore", "Shanghai", "Seoul", "Dubai", "Johannesburg", "Lagos",
    ];

    public static readonly string[] Actions =
    [
        "restarted", "rebooted", "reinstalled", "reset", "cleared the cache of", "renewed", "patched", "rolled back",
        "escalated", "reassigned", "replaced", "reconfigured", "unlocked", "extended", "resized", "failed over",
        "re-imaged", "re-synced", "whitelisted", "blocked", "rotated", "reindexed", "vacuumed", "drained", "scaled",
    ];

    /// <summary>Host names as estates name them (role, environment, number): thousands, most seldom mentioned.</summary>
    public static readonly string[] Hosts = Generated(
        ["web", "app", "db", "sql", "mail", "file", "print", "dc", "vpn", "proxy", "lb", "k8s", "etl", "api", "cache",
            "mq", "log", "mon", "build", "citrix"],
        ["prd", "tst", "dev", "uat"], 40, (role, env, n) => $"{role}{env}{n:D2}");

    /// <summary>Error codes of several families, hundreds of each, most seldom seen.</summary>
    public static readonly string[] ErrorCodes = Generated(
        ["ORA", "SQL", "AADSTS", "KB", "ERR", "EVT", "SAP", "CVE"], ["x"], 80,
        (family, _, n) => $"{family}{(n * 7919 % 90000) + 10000}");

    private static string[] Generated(string[] first, string[] second, int count, Func<string, string, int, string> name)
    {
        var names = (from n in Enumerable.Range(1, count) from a in first from b in second select name(a, b, n)).ToArray();

        // A fixed shuffle, so that the most frequent ones are not all of one role or family.
        new Random(17).Shuffle(names);
        return names;
    }
}
