// Program otelcol-cruddur is cruddur-obs's own OpenTelemetry Collector distribution: exactly the
// components the configurations `cruddur-obs` writes use, built from the collector's own Go modules.
//
// Written in the shape the OpenTelemetry Collector Builder (ocb) generates (main.go + components.go);
// builder-config.yaml beside it is the equivalent ocb manifest. See README.md ("The collector").
package main

import (
	"os"

	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/confmap"
	envprovider "go.opentelemetry.io/collector/confmap/provider/envprovider"
	fileprovider "go.opentelemetry.io/collector/confmap/provider/fileprovider"
	yamlprovider "go.opentelemetry.io/collector/confmap/provider/yamlprovider"
	"go.opentelemetry.io/collector/otelcol"
)

// release is the collector release every module in go.mod is at: core v0.165.0 (its stable modules
// v1.71.0) and contrib v0.165.1 (contrib's patch release of 0.165).
const release = "0.165.0"

func main() {
	info := component.BuildInfo{
		Command:     "otelcol-cruddur",
		Description: "cruddur-obs's OpenTelemetry Collector: the components cruddur-obs's generated configurations use",
		Version:     release + "-cruddur",
	}

	set := otelcol.CollectorSettings{
		BuildInfo: info,
		Factories: components,
		ConfigProviderSettings: otelcol.ConfigProviderSettings{
			ResolverSettings: confmap.ResolverSettings{
				// file: for --config PATH; env: for ${env:HONEYCOMB_API_KEY}; yaml: for --set.
				// No http(s) provider: a configuration is never fetched from the network.
				ProviderFactories: []confmap.ProviderFactory{
					envprovider.NewFactory(),
					fileprovider.NewFactory(),
					yamlprovider.NewFactory(),
				},
				DefaultScheme: "env",
			},
		},
		ProviderModules: map[string]string{
			envprovider.NewFactory().Create(confmap.ProviderSettings{}).Scheme():  "go.opentelemetry.io/collector/confmap/provider/envprovider v1.71.0",
			fileprovider.NewFactory().Create(confmap.ProviderSettings{}).Scheme(): "go.opentelemetry.io/collector/confmap/provider/fileprovider v1.71.0",
			yamlprovider.NewFactory().Create(confmap.ProviderSettings{}).Scheme(): "go.opentelemetry.io/collector/confmap/provider/yamlprovider v1.71.0",
		},
		ConverterModules: []string{},
	}

	if err := runInteractive(set); err != nil {
		// cobra has printed the error already.
		os.Exit(1)
	}
}

func runInteractive(params otelcol.CollectorSettings) error {
	cmd := otelcol.NewCommand(params)
	return cmd.Execute()
}
