package versions

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Config holds the tiering knobs. Their defaults follow CoreCLR's: promote
// after 30 calls, counting only once 100 ms have passed without a new tier-0
// compilation, OSR after 1000 back-edges of one loop in one frame... see
// DefaultConfig.
type Config struct {
	// Tiered off compiles every method straight to tier 1 on its first call.
	Tiered bool
	// Tier0Only never promotes: no call counting, no OSR.
	Tier0Only bool
	// Threshold is the number of calls that promotes a tier-0 version.
	Threshold int
	// Delay is how long tier-0 compilation must be quiet before call
	// counting starts (CoreCLR's TC_CallCountingDelayMs).
	Delay time.Duration
	// OSR enables on-stack replacement at loop back-edges of tier-0 code.
	OSR bool
	// OSRThreshold is the number of back-edges a tier-0 frame takes before
	// it moves to an optimised version (CoreCLR's OSR_HitLimit ×
	// TC_OnStackReplacement_InitialCounter is of the same order).
	OSRThreshold int
	// PGO routes hot tier-0 methods through an instrumented version whose
	// profile tier 1 uses (guarded devirtualisation).
	PGO bool
}

// DefaultConfig returns the default knobs.
func DefaultConfig() Config {
	return Config{Tiered: true, Threshold: 30, Delay: 100 * time.Millisecond,
		OSR: true, OSRThreshold: 1000, PGO: true}
}

// knob describes one setting, as a flag and as an environment variable.
type knob struct {
	flag, env string
	boolean   bool
	set       func(c *Config, v string) error
	help      string
}

var knobs = []knob{
	{"tiered", "STRATA_TIERED", true, func(c *Config, v string) error { return setBool(&c.Tiered, v) },
		"tiered compilation; false compiles every method straight to tier 1"},
	{"tier0-only", "STRATA_TIER0_ONLY", true, func(c *Config, v string) error { return setBool(&c.Tier0Only, v) },
		"run tier 0 only: no promotion, no OSR"},
	{"tc-threshold", "STRATA_TC_THRESHOLD", false, func(c *Config, v string) error { return setInt(&c.Threshold, v, 1) },
		"calls that promote a method to tier 1 (default 30)"},
	{"tc-delay-ms", "STRATA_TC_DELAY_MS", false, func(c *Config, v string) error {
		var ms int
		if err := setInt(&ms, v, 0); err != nil {
			return err
		}
		if ms > 1<<31 {
			return fmt.Errorf("%q is too large", v)
		}
		c.Delay = time.Duration(ms) * time.Millisecond
		return nil
	}, "quiet time without new tier-0 compilations before call counting starts (default 100)"},
	{"osr", "STRATA_OSR", true, func(c *Config, v string) error { return setBool(&c.OSR, v) },
		"on-stack replacement of hot loops in tier-0 frames"},
	{"osr-threshold", "STRATA_OSR_THRESHOLD", false, func(c *Config, v string) error { return setInt(&c.OSRThreshold, v, 1) },
		"loop back-edges before a tier-0 frame moves to optimised code (default 1000)"},
	{"pgo", "STRATA_PGO", true, func(c *Config, v string) error { return setBool(&c.PGO, v) },
		"dynamic PGO: instrumented tier 0 before tier 1"},
}

func setBool(dst *bool, v string) error {
	b, err := strconv.ParseBool(v)
	if err != nil {
		return fmt.Errorf("%q is not a boolean", v)
	}
	*dst = b
	return nil
}

func setInt(dst *int, v string, min int) error {
	n, err := strconv.Atoi(v)
	if err != nil || n < min {
		return fmt.Errorf("%q is not an integer >= %d", v, min)
	}
	*dst = n
	return nil
}

// ApplyEnv sets the knobs given by STRATA_* environment variables.
func (c *Config) ApplyEnv(getenv func(string) string) error {
	for _, k := range knobs {
		if v := getenv(k.env); v != "" {
			if err := k.set(c, v); err != nil {
				return fmt.Errorf("%s: %v", k.env, err)
			}
		}
	}
	return nil
}

// ParseFlag applies one command-line flag (--name, --name=value). It
// reports whether arg is a tiering flag.
func (c *Config) ParseFlag(arg string) (bool, error) {
	if !strings.HasPrefix(arg, "--") {
		return false, nil
	}
	name, val, hasVal := strings.Cut(arg[2:], "=")
	for _, k := range knobs {
		if k.flag != name {
			continue
		}
		if !hasVal {
			if !k.boolean {
				return true, fmt.Errorf("--%s needs a value (--%s=N)", name, name)
			}
			val = "true"
		}
		if err := k.set(c, val); err != nil {
			return true, fmt.Errorf("--%s: %v", name, err)
		}
		return true, nil
	}
	return false, nil
}

// FlagHelp describes the tiering flags, one per line.
func FlagHelp() string {
	var b strings.Builder
	for _, k := range knobs {
		f := "--" + k.flag
		if !k.boolean {
			f += "=N"
		} else {
			f += "[=false]"
		}
		fmt.Fprintf(&b, "  %-22s %s (%s)\n", f, k.help, k.env)
	}
	return b.String()
}
