namespace Network.Gateway.Hosting;

/// <summary>
/// The gateway's own settings (configuration section <c>Gateway</c>). Every setting of the gateway
/// is read through this class (bound once at start with <see cref="Read"/>, and as
/// <c>IOptions&lt;GatewayOptions&gt;</c>), and each is listed in the README's gateway table.
/// </summary>
public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    /// <summary>The section bound to a fresh instance (defaults where a key is missing).</summary>
    public static GatewayOptions Read(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<GatewayOptions>() ?? new GatewayOptions();

    /// <summary>The cities (6-digit codes) the public network list (<c>/public/network</c>) starts from.</summary>
    public IReadOnlyList<string> Cities { get; set; } = [];

    /// <summary>How the Orleans client finds the cluster: AdoNet (PostgreSQL membership) or Static.</summary>
    public string Clustering { get; set; } = "AdoNet";

    /// <summary>With Static clustering: the silos' gateway endpoints, "127.0.0.1:30000".</summary>
    public IReadOnlyList<string> SiloGateways { get; set; } = [];

    /// <summary>How many times (a second apart) to try reaching the cluster at start.</summary>
    public int ConnectAttempts { get; set; } = 30;

    /// <summary>Create an account for every clerk, proxy agent and director of the demo network at start.</summary>
    public bool SeedDemoAccounts { get; set; }

    /// <summary>The password of every seeded demo account. Required when seeding.</summary>
    public string DemoPassword { get; set; } = string.Empty;

    public string DemoNetworkFile { get; set; } = "data/demo-network.json";

    /// <summary>
    /// The administrators (account ids) whose reach is the whole province: every city's points and
    /// accounts, the national holiday calendar, the audit chain. Every other administrator reaches
    /// the city of their account's point only (<see cref="Security.AdministratorScope"/>).
    /// </summary>
    public IReadOnlyList<string> ProvinceAdministrators { get; set; } = [];

    /// <summary>
    /// Apply the idempotent schema scripts at start (off: the silo applies them as the migration
    /// role; the gateway's own role may not change the schema).
    /// </summary>
    public bool MigrateDatabase { get; set; }

    /// <summary>How long idempotency keys are kept, and how they are purged.</summary>
    public Idempotency.IdempotencyPurgeOptions Idempotency { get; set; } = new();

    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>The body limit of an online application's file upload (the silo's Network:OnlineFiling:MaxFileBytes decides the file's own limit; keep this above it).</summary>
    public long MaxUploadBytes { get; set; } = 6 * 1024 * 1024;

    /// <summary>The Retry-After of a 503 when the cluster or the database is unavailable.</summary>
    public int RetryAfterSeconds { get; set; } = 5;

    /// <summary>
    /// Each /api and /public request's budget: its deadline is its start plus this, and every grain
    /// call it makes is bounded by what remains (then 503 <c>request.budgetExceeded</c>).
    /// </summary>
    public double RequestBudgetSeconds { get; set; } = 5;

    /// <summary>
    /// Orleans' response timeout of one grain call: it bounds calls outside a request's budget (the
    /// live forwarder's registration) and how long the client keeps the callback of an attempt the
    /// budget's retry gave up on. Calls inside a request are bounded by the budget instead.
    /// </summary>
    public int GrainCallTimeoutSeconds { get; set; } = 15;

    /// <summary>
    /// Retry, within the request's budget, a grain call that is safe to repeat (see
    /// <see cref="RequestBudgetRetryRules"/>) when a silo was lost under it: the call failed because
    /// its silo was unreachable or declared dead, or it was still unanswered when a silo was lost.
    /// </summary>
    public bool RetryOnSiloLoss { get; set; } = true;

    /// <summary>
    /// How often (milliseconds) the gateway reads the membership table for silos newly declared
    /// dead (AdoNet clustering only; 0 = never): a call still out when its silo is declared dead
    /// will never be answered, so such a death sends the safe calls in flight again at once.
    /// </summary>
    public int SiloDeathWatchMilliseconds { get; set; } = 500;

    /// <summary>
    /// How often the Orleans client reads the silos' gateway list (Orleans' default is 60 s): a
    /// silo that joins (a restart, one more silo) takes requests within this time. A silo that dies
    /// is dropped at once, when its connection fails.
    /// </summary>
    public int GatewayListRefreshSeconds { get; set; } = 10;

    /// <summary>A bearer access token's lifetime; a client renews it with its refresh token (<c>POST /api/auth/refresh</c>).</summary>
    public int AccessTokenMinutes { get; set; } = 15;

    /// <summary>A cookie session ends after this long without a request (sliding).</summary>
    public int SessionIdleMinutes { get; set; } = 60;

    /// <summary>Every session (cookie, or bearer with its refresh token) ends this long after its sign-in, however it is used.</summary>
    public double SessionAbsoluteHours { get; set; } = 12;

    /// <summary>How long a gateway trusts what it last read of a session's account (disabled, security stamp) before reading it again.</summary>
    public int SessionRevalidateSeconds { get; set; } = 60;

    /// <summary>PBKDF2-HMAC-SHA256 iterations of new password hashes (OWASP); a hash with fewer is redone at the next sign-in.</summary>
    public int PasswordIterations { get; set; } = Security.PasswordHasher.OwaspIterations;

    public Security.LockoutOptions Lockout { get; set; } = new();

    public PublicLookupOptions PublicLookup { get; set; } = new();

    /// <summary>Output cache and per-IP limit of the anonymous reads (network, hall, public catalog).</summary>
    public PublicReadOptions PublicRead { get; set; } = new();

    /// <summary>Sign-in attempts per client IP per minute (password guessing).</summary>
    public int SignInPermitLimit { get; set; } = 30;

    /// <summary>
    /// Addresses of the reverse proxies whose <c>X-Forwarded-For</c> / <c>X-Forwarded-Proto</c> the
    /// gateway believes (none by default: forwarded headers are ignored).
    /// </summary>
    public IReadOnlyList<string> KnownProxies { get; set; } = [];

    /// <summary>Networks (CIDR, <c>10.0.0.0/8</c>) of such proxies.</summary>
    public IReadOnlyList<string> KnownNetworks { get; set; } = [];

    /// <summary>Strict-Transport-Security on HTTPS responses (outside Development).</summary>
    public HstsSettings Hsts { get; set; } = new();

    /// <summary>The certificate that encrypts the data-protection keys at rest.</summary>
    public DataProtectionSettings DataProtection { get; set; } = new();

    /// <summary>
    /// When the session cookie is marked Secure: <c>SameAsRequest</c> (on HTTPS requests, including
    /// those a known proxy forwarded as HTTPS) or <c>Always</c>.
    /// </summary>
    public CookieSecurePolicy CookieSecure { get; set; } = CookieSecurePolicy.SameAsRequest;
}

/// <summary>The rate limit of the public progress lookup, per client IP.</summary>
public sealed class PublicLookupOptions
{
    public int PermitLimit { get; set; } = 20;

    public int WindowSeconds { get; set; } = 60;
}
