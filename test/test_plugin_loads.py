"""The staged plugin loads in QGIS and its provider exposes documented algorithms."""
import os

from conftest import STAGED_PLUGIN

EXPECTED_ALGORITHMS = {"trainingscene", "detectchanges", "extracttracks", "scoresegments", "planpatrols",
                       "importincidents", "pipeline"}


def test_tests_import_the_staged_plugin(provider):
    import fragile_borders_plugin
    assert os.path.dirname(os.path.abspath(fragile_borders_plugin.__file__)) == STAGED_PLUGIN


def test_provider_lists_algorithms_with_help_and_icon(provider):
    assert provider.id() == "fragileborders"
    assert provider.name() == "Fragile Borders"
    algorithms = {alg.name(): alg for alg in provider.algorithms()}
    assert EXPECTED_ALGORITHMS <= set(algorithms)
    for alg in algorithms.values():
        assert alg.group(), alg.name()
        assert not alg.icon().isNull(), alg.name()
        help_text = alg.shortHelpString()
        for parameter in alg.parameterDefinitions():
            assert parameter.help(), f"{alg.name()}:{parameter.name()} has no help text"
            assert parameter.name() in help_text


def test_no_algorithm_overrides_qgis_run(provider):
    # processing.run() calls QgsProcessingAlgorithm.run from Python: an override would bypass
    # parameter checks and the error mapping of the base class
    for alg in provider.algorithms():
        for cls in type(alg).__mro__:
            if cls.__module__.startswith("fragile_borders_plugin"):
                assert "run" not in vars(cls), f"{cls.__name__} overrides run(); implement process()"
