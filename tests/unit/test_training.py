"""Network, metrics, model file and the worker command line, without QGIS."""
import errno
import hashlib
import io
import json
import os
import signal
import subprocess
import sys
import time
import zipfile

import numpy as np
import pytest

from model.worker import protocol
from model.modelling import metrics
from model.modelling import modelfile
from model.modelling.device import installed_backends
from model.sampling.dataset import Dataset, check_trainable
from model.modelling.encoding import Encoding, FactorClasses, encode
from model.core.errors import Cancelled, InputError
from model.factors.grading import FactorGrading, catalogue_json
from model.core.progress import Progress
from model.modelling.training import Settings, train, write_model
from tests.helpers import REPO

CLASS_COUNTS = [4, 3, 5]
#: All three ordered, as a stack's graded continuous factors.
FACTORS = FactorClasses(CLASS_COUNTS)


def synthetic(samples=400, seed=0):
    """Landslides where factor 0 is in class 3 or 4; soft samples in between."""
    rng = np.random.default_rng(seed)
    classes = np.column_stack([rng.integers(1, k + 1, samples) for k in CLASS_COUNTS])
    kind = rng.choice(["positive", "negative", "heatmap"], samples, p=[0.35, 0.35, 0.3])
    label = (classes[:, 0] >= 3).astype(float)
    label[kind == "heatmap"] = np.where(classes[kind == "heatmap", 0] >= 3, 0.7, 0.3)
    kind[(kind != "heatmap") & (label == 1)] = "positive"
    kind[(kind != "heatmap") & (label == 0)] = "negative"
    test = rng.random(samples) < 0.3
    return Dataset(["a", "b", "c"], classes, label, kind, test, np.full(samples, -1), rng.random(samples),
                   rng.random(samples))


def held_out_scores(trained, dataset):
    """The trained model's metrics on the dataset's test split."""
    return trained.evaluate(dataset.subset(dataset.test))[0]


def loaded_input_channels(trained):
    """The channels of the first network's input image."""
    return trained.members[0].input_shape[-1]


def catalogue():
    return [FactorGrading(name, "categorical", "categorical", codes=list(range(1, k + 1)),
                          labels=[str(c) for c in range(1, k + 1)]) for name, k in zip("abc", CLASS_COUNTS)]


class TestEncoding:
    def test_layout_by_hand(self):
        image = encode(np.array([[2, 1], [3, 2]]), [3, 2])
        assert image.shape == (2, 2, 3, 1)
        np.testing.assert_array_equal(image[0, :, :, 0], [[0, 1, 0], [1, 0, 0]])
        np.testing.assert_array_equal(image[1, :, :, 0], [[0, 0, 1], [0, 1, 0]])

    def test_ordinal_rows_by_hand(self):
        """Thermometer rows on the factors marked ordinal; the others stay one-hot."""
        image = encode(np.array([[2, 1], [3, 2]]), [3, 2], ordinal=[True, False])
        np.testing.assert_array_equal(image[0, :, :, 0], [[1, 1, 0], [1, 0, 0]])
        np.testing.assert_array_equal(image[1, :, :, 0], [[1, 1, 1], [0, 1, 0]])
        np.testing.assert_array_equal(encode(np.array([[1, 2]]), [3, 2], ordinal=[True, True])[0, :, :, 0],
                                      [[1, 0, 0], [1, 1, 0]])

    def test_the_setting_marks_only_ordered_factors(self):
        classes = np.array([[2, 1, 4], [3, 2, 1]])
        factors = FactorClasses([3, 2, 4], ordered=[True, False, True])
        ordinal = Encoding.of(factors, "ordinal")
        assert ordinal.ordinal == [True, False, True]
        np.testing.assert_array_equal(ordinal.image(classes), encode(classes, [3, 2, 4], [True, False, True]))
        onehot = Encoding.of(factors, "onehot")
        assert onehot.ordinal == [False, False, False]
        np.testing.assert_array_equal(onehot.image(classes), encode(classes, [3, 2, 4]))
        assert Encoding.of(FactorClasses([3, 2, 4]), "ordinal").ordinal == [True, True, True]  # unknown: all graded

    def test_the_factors_of_a_stack_say_which_are_ordered(self):
        """A factor graded from a continuous raster has ordered classes; a categorical one has not."""
        gradings = [FactorGrading("slope", "continuous", "breaks", breaks=[10.0, 20.0], labels=["a", "b", "c"]),
                    FactorGrading("geology", "categorical", "categorical", codes=[4, 7], labels=["x", "y"])]
        assert FactorClasses.of(gradings) == FactorClasses([3, 2], [True, False])
        assert Encoding.of(FactorClasses.of(gradings), "ordinal").ordinal == [True, False]

    def test_coordinate_channels_by_hand(self):
        """The classes in channel 0 as without them; the row (factor) and the column
        (class), scaled to -1 .. 1, in channels 1 and 2, the same for every sample."""
        classes = np.array([[2, 1], [3, 2]])
        image = encode(classes, [3, 2], ordinal=[True, False], coordinate_channels=True)
        assert image.shape == (2, 2, 3, 3) and image.dtype == np.float32
        np.testing.assert_array_equal(image[..., :1], encode(classes, [3, 2], ordinal=[True, False]))
        for sample in image:
            np.testing.assert_array_equal(sample[:, :, 1], [[-1, -1, -1], [1, 1, 1]])
            np.testing.assert_array_equal(sample[:, :, 2], [[-1, 0, 1], [-1, 0, 1]])
        encoding = Encoding.of(FactorClasses([3, 2], [True, False]), "ordinal", coordinate_channels=True)
        np.testing.assert_array_equal(encoding.image(classes), image)
        assert Encoding.from_manifest(encoding.manifest()) == encoding

    def test_files_before_version_4_are_one_hot(self):
        old = Encoding.from_manifest({"layout": "one row per factor ...", "class_counts": [3, 2]})
        assert old.ordinal is None and old.coordinate_channels is False  # nor had they the channels of version 5
        np.testing.assert_array_equal(old.image(np.array([[3, 2]])), encode(np.array([[3, 2]]), [3, 2]))

    def test_unknown_encoding_is_refused(self):
        with pytest.raises(InputError, match="Unknown encoding 'thermo': use one of onehot, ordinal"):
            Settings.of(encoding="thermo")
        assert Settings.of("paper").encoding == "onehot" and Settings.of().encoding == "ordinal"
        assert Settings.of("paper", encoding="ordinal").encoding == "ordinal"
        assert Settings.of(encoding="onehot").encoding == "onehot"


class TestNetwork:
    def test_scse_block_applies_both_gates(self):
        import keras

        from model.modelling.network import scse_block

        inputs = keras.Input((3, 4, 8))
        block = keras.Model(inputs, scse_block(inputs, name="s"))
        assert block.output.shape[1:] == (3, 4, 8)
        # Zero kernels: the cSE gate is sigmoid(b_expand) per channel, the sSE gate sigmoid(b_gate).
        channel_bias = np.linspace(-1, 1, 8)
        for layer in block.layers:
            if isinstance(layer, keras.layers.Dense):
                kernel, bias = layer.get_weights()
                if layer.name == "s_cse_expand":
                    bias = channel_bias
                elif layer.name == "s_sse_gate":
                    bias = np.array([0.5])
                layer.set_weights([np.zeros_like(kernel), bias])
        features = np.random.default_rng(0).normal(size=(2, 3, 4, 8)).astype(np.float32)
        sigmoid = lambda v: 1 / (1 + np.exp(-v))  # noqa: E731
        expected = features * sigmoid(channel_bias) + features * sigmoid(0.5)  # E_cSE + E_sSE
        np.testing.assert_allclose(block.predict(features, verbose=0), expected, rtol=1e-5)

    @pytest.mark.parametrize("attention", [True, False])
    def test_network_on_a_tiny_batch(self, attention):
        from model.modelling.network import build_network

        network = build_network(5, 10, attention=attention)
        assert network.get_layer("feature").output.shape[1:] == (256,)
        assert [network.get_layer(f"conv{i}").filters for i in (1, 2, 3, 4)] == [32, 64, 128, 256]  # the paper's
        assert any("scse" in layer.name for layer in network.layers) == attention
        output = network.predict(encode(np.random.default_rng(0).integers(1, 11, (7, 5)), [10] * 5), verbose=0)
        assert output.shape == (7, 1) and ((output >= 0) & (output <= 1)).all()


class TestMetrics:
    def test_against_a_hand_computed_confusion_matrix(self):
        labels = np.array([1, 1, 1, 1, 0, 0, 0, 0, 0, 0.3])
        predictions = np.array([0.9, 0.8, 0.6, 0.2, 0.7, 0.1, 0.2, 0.3, 0.4, 0.45])
        # Binarized: truth 1111000000, predicted 1110100000 -> TP 3, FN 1, FP 1, TN 5.
        assert metrics.confusion(labels >= 0.5, predictions >= 0.5) == (5, 1, 1, 3)
        scores = metrics.scores(labels, predictions)
        assert scores["accuracy"] == pytest.approx(0.8)
        assert scores["precision"] == pytest.approx(0.75)
        assert scores["specificity"] == pytest.approx(5 / 6)
        assert scores["sensitivity"] == pytest.approx(0.75)
        assert scores["f1"] == pytest.approx(6 / 8)
        assert scores["mse"] == pytest.approx(np.mean((labels - predictions) ** 2))
        # ROC AUC by pair counting: positives 0.9 0.8 0.6 0.2 against 6 negatives.
        negatives = [0.7, 0.1, 0.2, 0.3, 0.4, 0.45]
        wins = sum((p > n) + 0.5 * (p == n) for p in [0.9, 0.8, 0.6, 0.2] for n in negatives)
        assert scores["roc_auc"] == pytest.approx(wins / 24)

    def test_undefined_precision(self):
        assert np.isnan(metrics.scores(np.array([1.0, 0.0]), np.array([0.1, 0.2]))["precision"])


class TestTraining:
    def test_forest_baseline_saves_and_reloads(self, tmp_path):
        dataset = synthetic()
        trained = train(dataset, FACTORS, Settings(kind="rf"), Progress(), log=lambda m: None)
        evaluation = held_out_scores(trained, dataset)
        assert evaluation["hard"]["roc_auc"] > 0.95
        path = str(tmp_path / "rf.lsghnet")
        write_model(path, trained, Settings(kind="rf"), [], evaluation, "CPU")
        reloaded = modelfile.load(path)
        np.testing.assert_array_equal(reloaded.predict(dataset.classes), trained.predict(dataset.classes))

    def test_an_ensemble_reloads_and_predicts_identically(self, tmp_path):
        dataset = synthetic()
        settings = Settings.of(kind="lsghnet", epochs=3, patience=3, members=2)
        trained = train(dataset, FACTORS, settings, Progress(), log=lambda m: None)
        path = str(tmp_path / "n.lsghnet")
        write_model(path, trained, settings, [], held_out_scores(trained, dataset), "CPU")
        reloaded = modelfile.load(path)
        mean, spread = reloaded.predict_spread(dataset.classes)
        np.testing.assert_allclose(mean, trained.predict(dataset.classes), atol=1e-6)
        each = [trained.predict_member(member, dataset.classes) for member in trained.members]
        np.testing.assert_allclose(mean, (each[0] + each[1]) / 2, atol=1e-6)
        np.testing.assert_allclose(spread, np.abs(each[0] - each[1]) / 2, atol=1e-6)
        assert spread.max() > 0  # two seeds, two different networks
        manifest, members = modelfile.read(path)
        assert manifest["members"] == ["model-1.keras", "model-2.keras"] == sorted(manifest["sha256"])
        assert manifest["kind"] == "lsghnet" and manifest["hyperparameters"]["epochs"] == 3
        assert manifest["hyperparameters"]["preset"] == "default" and len(manifest["member_epochs"]) == 2
        assert len(manifest["history"]["epoch"]) == 3 and "keras" in manifest["versions"]
        assert len(members) == 2 and members[0] != members[1]

    def test_the_paper_preset_reproduces_the_earlier_versions(self):
        """Figures of version 0.x (commit e0afab7, before the presets) for LSGH-Net, 6
        epochs, seed 3: the paper preset must give them unchanged; its map is still
        near-constant after 6 epochs (Keras's batch-normalisation momentum 0.99)."""
        dataset = synthetic()
        settings = Settings.of("paper", kind="lsghnet", epochs=6, patience=6, seed=3)
        assert (settings.members, settings.bn_momentum, settings.stopping, settings.validation, settings.filters,
                settings.coordinate_channels) == (1, 0.99, "accuracy", "random", 32, False)
        import keras

        if keras.backend.backend() != "tensorflow":
            pytest.skip("the figures were recorded on TensorFlow; other backends round differently")
        trained = train(dataset, FACTORS, settings, Progress(), log=lambda m: None)
        # TensorFlow picks its CPU kernels by instruction set (AVX2, AVX-512, AMX), which
        # sums in another order: on a processor with AMX the 6th epoch's loss is 3.4e-4
        # (relative) off, the predictions 3e-6. 1e-3 relative is 2e-4 of these losses;
        # from the 2nd epoch on they move by 3e-4 to 5.5e-4 per epoch.
        np.testing.assert_allclose(trained.history["val_loss"], [0.195901021361351, 0.19602763652801514,
                                                                 0.19636178016662598, 0.19684940576553345,
                                                                 0.19739682972431183, 0.19786889851093292], rtol=1e-3)
        assert trained.best_epoch == 1
        np.testing.assert_allclose(trained.predict(dataset.classes[:4]),
                                   [0.50186956, 0.50074005, 0.50128686, 0.49967510], atol=1e-4)
        assert held_out_scores(trained, dataset)["hard"]["roc_auc"] == pytest.approx(0.9566885964912281, abs=1e-3)

    def test_the_default_spreads_its_map_from_the_first_epochs(self):
        """The same 6 epochs with the default's normalisation (one network, to compare
        like with like): the map leaves the middle, where the paper's stays at 0.50 +/- 0.01."""
        dataset = synthetic()
        trained = train(dataset, FACTORS, Settings.of(kind="lsghnet", epochs=6, patience=6, seed=3, members=1),
                        Progress(), log=lambda m: None)
        predictions = trained.predict(dataset.classes)
        assert predictions.max() - predictions.min() > 0.3

    def test_an_ordinal_model_file_keeps_its_encoding(self, tmp_path):
        """The flags and the coordinate channels (the default's) reach the model file
        (format version 5), and the loaded model predicts as the trained one; read
        one-hot, the same weights predict otherwise."""
        dataset = synthetic()
        settings = Settings.of(kind="lsghnet", epochs=2, patience=2, members=1, encoding="ordinal")
        factors = FactorClasses(CLASS_COUNTS, [True, False, True])
        trained = train(dataset, factors, settings, Progress(), log=lambda m: None)
        path = str(tmp_path / "ordinal.lsghnet")
        write_model(path, trained, settings, [], held_out_scores(trained, dataset), "CPU")
        manifest, members = modelfile.read(path)
        assert manifest["version"] == 5 and manifest["encoding"]["ordinal"] == [True, False, True]
        assert manifest["encoding"]["coordinate_channels"] is True
        assert manifest["hyperparameters"]["coordinate_channels"] is True
        assert loaded_input_channels(trained) == 3
        loaded = modelfile.load(path)
        np.testing.assert_allclose(loaded.predict(dataset.classes), trained.predict(dataset.classes),
                                   atol=1e-6)
        as_onehot = type(loaded).fitted(Encoding(CLASS_COUNTS, coordinate_channels=True), loaded.members)
        assert np.abs(as_onehot.predict(dataset.classes) - loaded.predict(dataset.classes)).max() > 1e-3

    def test_the_paper_preset_has_one_input_channel(self):
        settings = Settings.of("paper", kind="lsghnet", epochs=1, patience=1)
        trained = train(synthetic(), FACTORS, settings, Progress(), log=lambda m: None)
        assert loaded_input_channels(trained) == 1 and trained.encoding.coordinate_channels is False
        assert Settings.of("paper", coordinate_channels=True).coordinate_channels is True

    def test_the_glm_stays_one_hot(self):
        """The classic dummy-variable GLM: the encoding setting does not change it."""
        dataset = synthetic()
        predictions = [train(dataset, FACTORS, Settings.of(kind="glm", encoding=encoding), Progress(),
                             log=lambda m: None).predict(dataset.classes) for encoding in ("onehot", "ordinal")]
        np.testing.assert_array_equal(*predictions)

    def test_the_networks_width_is_a_setting(self):
        trained = train(synthetic(), FACTORS, Settings.of(kind="cnn", epochs=1, patience=1, members=1, filters=4),
                        Progress(), log=lambda m: None)
        assert [trained.members[0].get_layer(f"conv{i}").filters for i in (1, 2, 3, 4)] == [4, 8, 16, 32]
        with pytest.raises(InputError, match="'filters' must lie from 1"):
            Settings.of(filters=0)

    def test_same_seed_same_metrics(self):
        dataset = synthetic()
        settings = Settings.of(kind="cnn", epochs=2, patience=2, seed=7, members=2)
        first = train(dataset, FACTORS, settings, Progress(), log=lambda m: None)
        second = train(dataset, FACTORS, settings, Progress(), log=lambda m: None)
        assert held_out_scores(first, dataset) == held_out_scores(second, dataset)

    def test_an_ensembles_members_learn_what_each_learns_alone(self):
        """The members share one compiled trainer (network._trainer, its training step
        traced once); each learns exactly what it learns trained alone, from a trainer
        of its own."""
        from dataclasses import replace

        from model.modelling import network

        dataset = synthetic()
        settings = Settings.of(kind="lsghnet", epochs=3, patience=3, seed=11, members=3)
        network._trainer.cache_clear()
        together = train(dataset, FACTORS, settings, Progress(), log=lambda m: None)
        assert network._trainer.cache_info().currsize == 1
        for index, member in enumerate(together.members):
            network._trainer.cache_clear()
            alone = train(dataset, FACTORS, replace(settings, members=1, seed=settings.seed + index), Progress(),
                          log=lambda m: None)
            for shared, own in zip(member.get_weights(), alone.members[0].get_weights(), strict=True):
                np.testing.assert_array_equal(shared, own)

    def test_networks_predict_through_one_shared_predictor_as_on_their_own(self):
        """network.predict: one predictor per graph, set to each network's weights, gives
        what each network's own predict gives."""
        import keras

        from model.modelling import network

        network._predictor.cache_clear()
        images = np.random.default_rng(0).random((3000, 3, 7, 1)).astype(np.float32)
        for seed in (1, 2, 3):
            keras.utils.set_random_seed(seed)
            own = network.build_network(3, 7, filters=8)
            np.testing.assert_array_equal(network.predict(own, images, 8192),
                                          own.predict(images, batch_size=8192, verbose=0).reshape(-1))
        assert network._predictor.cache_info().currsize == 1

    @pytest.mark.parametrize("preset, criterion, best", [("paper", "val_accuracy", max), ("default", "val_loss", min)])
    def test_early_stopping_keeps_the_best_epoch(self, preset, criterion, best):
        messages = []
        trained = train(synthetic(), FACTORS, Settings.of(preset, epochs=40, patience=2, members=1), Progress(),
                        messages.append)
        history = trained.history
        assert len(history["epoch"]) < 40 and any("Early stop" in m for m in messages)
        assert history[criterion][trained.best_epoch - 1] == best(history[criterion])
        # The log says which epoch's weights the network kept, with its validation figures.
        kept = trained.best_epoch - 1
        assert messages[-1] == (f"lsghnet: kept the weights of epoch {trained.best_epoch} of {len(history['epoch'])} (validation loss "
                                f"{history['val_loss'][kept]:.4f}, validation accuracy "
                                f"{100 * history['val_accuracy'][kept]:.2f} %), the best on the validation part.")

    def test_the_validation_part_keeps_landslides_whole(self):
        from model.modelling.network import validation_part

        dataset = synthetic(seed=2)
        dataset.landslide[:] = np.arange(len(dataset)) // 4  # landslides of four samples
        rows = np.flatnonzero(~dataset.test)
        validation, training = validation_part(dataset, rows, 0.2, "landslides", np.random.default_rng(0))
        assert not set(dataset.landslide[validation]) & set(dataset.landslide[training])
        assert sorted(np.concatenate([validation, training])) == sorted(rows)
        assert abs(len(validation) - 0.2 * len(rows)) <= 4

    def test_the_spatial_validation_part_is_a_block(self):
        from model.modelling.network import validation_part

        dataset = synthetic(seed=2)  # x, y uniform in the unit square
        rows = np.arange(len(dataset))
        validation, training = validation_part(dataset, rows, 0.2, "spatial", np.random.default_rng(0))
        # A k-means block is compact: its samples lie nearer its centre than most training samples.
        centre = np.array([dataset.x[validation].mean(), dataset.y[validation].mean()])
        distance = lambda r: np.hypot(dataset.x[r] - centre[0], dataset.y[r] - centre[1])  # noqa: E731
        assert np.median(distance(validation)) < np.quantile(distance(training), 0.2)
        assert 0.1 * len(rows) < len(validation) < 0.4 * len(rows)

    @pytest.mark.parametrize("change, message", [
        (lambda d: d.test.fill(False), "no test split"),
        (lambda d: d.label.fill(0.0), "same side of 0.5"),
    ])
    def test_untrainable(self, change, message):
        dataset = synthetic()
        change(dataset)
        with pytest.raises(InputError, match=message):
            check_trainable(dataset, hard_only=False)

    @pytest.mark.parametrize("kind", ["lsghnet", "lsghnet_noscse", "cnn", "rf"])
    def test_no_negatives_is_refused_for_every_kind(self, kind):
        """Soft samples lie on both sides of 0.5; they must not hide that the hard
        samples hold no negatives (LSGH-Net then reported accuracy 1.0)."""
        dataset = synthetic()
        negatives = dataset.kind == "negative"
        keep = ~negatives
        reduced = Dataset(dataset.factor_names, dataset.classes[keep], dataset.label[keep], dataset.kind[keep],
                          dataset.test[keep], dataset.landslide[keep], dataset.x[keep], dataset.y[keep])
        assert (reduced.label[~reduced.hard] < 0.5).any()  # soft samples below 0.5 remain
        with pytest.raises(InputError, match="All hard training samples are on the same side of 0.5"):
            train(reduced, FACTORS, Settings(kind=kind, epochs=1), Progress(), log=lambda m: None)

    def test_a_cancel_stops_the_fit_at_the_next_batch(self):
        """Keras returns first (an exception through its fit loop can crash
        TensorFlow), then `Cancelled`: cancel is asked once more, and no epoch ends after."""
        events = []

        def is_cancelled():
            events.append("cancelled" if events.count("epoch") >= 2 else "asked")
            return events[-1] == "cancelled"

        def log(message):
            events.extend(["epoch"] if ": epoch" in message else [])

        with pytest.raises(Cancelled) as raised:
            train(synthetic(), FACTORS, Settings.of(kind="cnn", epochs=50, patience=50, members=2),
                  Progress(is_cancelled=is_cancelled), log)
        assert events.count("epoch") == 2 and events[-1] == "cancelled" and events.count("cancelled") == 1
        assert raised.traceback[-1].name == "fit_network"  # raised after Keras's fit returned

    def test_too_few_samples(self):
        with pytest.raises(InputError, match="too few to train"):
            check_trainable(synthetic(samples=20), hard_only=False)


def keras_file_with_lambda(path):
    import keras

    inputs = keras.Input((3, 5, 1))
    outputs = keras.layers.Lambda(lambda x: x * 2)(inputs)
    keras.Model(inputs, keras.layers.Dense(1)(keras.layers.Flatten()(outputs))).save(path)


class TestModelFile:
    def metadata(self, kind="lsghnet"):
        return {"kind": kind, "catalogue": [], "encoding": {"class_counts": [5, 5, 5]}}

    def test_lambda_layer_is_refused(self, tmp_path):
        keras_path = str(tmp_path / "lambda.keras")
        keras_file_with_lambda(keras_path)
        with open(keras_path, "rb") as handle:
            modelfile.write(str(tmp_path / "evil.lsghnet"), ["model.keras"], [handle.read()], self.metadata())
        with pytest.raises(InputError, match="cannot be loaded safely"):
            modelfile.load(str(tmp_path / "evil.lsghnet"))

    def test_edited_file_is_refused(self, tmp_path):
        path = str(tmp_path / "m.lsghnet")
        modelfile.write(path, ["model.keras"], [b"original bytes"], self.metadata())
        with zipfile.ZipFile(path) as archive:
            manifest = archive.read("manifest.json")
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("manifest.json", manifest)
            archive.writestr("model.keras", b"edited bytes!!")
        with pytest.raises(InputError, match="was edited or is damaged"):
            modelfile.read(path)

    def test_an_edited_manifest_is_refused(self, tmp_path):
        """A class break changed by hand and the file re-zipped would silently change
        the map; the manifest's own hash catches it."""
        path = tmp_path / "m.lsghnet"
        metadata = dict(self.metadata(), catalogue=[{"name": "slope", "breaks": [10, 20, 30]}])
        modelfile.write(str(path), ["model.keras"], [b"weights"], metadata)
        with zipfile.ZipFile(path) as archive:
            members = {name: archive.read(name) for name in archive.namelist()}
        members["manifest.json"] = members["manifest.json"].replace(b"20", b"25")
        with zipfile.ZipFile(path, "w") as archive:
            for name, data in members.items():
                archive.writestr(name, data)
        with pytest.raises(InputError, match="was edited or is damaged"):
            modelfile.read(str(path))

    def test_a_version_1_file_still_loads(self, tmp_path):
        """Files of the first format have no manifest hash; they load as before."""
        path = tmp_path / "old.lsghnet"
        manifest = dict(self.metadata(), format="lsghnet-model", version=1, member="model.keras",
                        sha256={"model.keras": hashlib.sha256(b"weights").hexdigest()})
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("manifest.json", json.dumps(manifest))
            archive.writestr("model.keras", b"weights")
        loaded, members = modelfile.read(str(path))
        assert loaded["version"] == 1 and members == [b"weights"]

    def test_not_a_model_file(self, tmp_path):
        (tmp_path / "x.lsghnet").write_bytes(b"plain text")
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("manifest.json", json.dumps({"format": "other"}))
        (tmp_path / "y.lsghnet").write_bytes(buffer.getvalue())
        for name in ("x.lsghnet", "y.lsghnet"):
            with pytest.raises(InputError, match="is not an LSGH-Net model file"):
                modelfile.read(str(tmp_path / name))

    def test_a_file_cut_short_is_called_incomplete(self, tmp_path):
        """A model file copied or downloaded only in part: a zip without its end."""
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("manifest.json", json.dumps({"format": modelfile.FORMAT}))
            archive.writestr("model.keras", bytes(range(256)) * 100)
        (tmp_path / "cut.lsghnet").write_bytes(buffer.getvalue()[:3000])
        with pytest.raises(InputError, match="is incomplete .*copied, downloaded or written only in part"):
            modelfile.read(str(tmp_path / "cut.lsghnet"))

    def test_a_missing_file_is_called_missing(self, tmp_path):
        with pytest.raises(InputError, match=r"The model file '.*nowhere\.lsghnet' does not exist"):
            modelfile.read(str(tmp_path / "nowhere.lsghnet"))

    def test_a_damaged_file_is_called_damaged(self, tmp_path):
        """The zip opens, but its compressed manifest is broken (a bad disk, a cut download)."""
        path = tmp_path / "m.lsghnet"
        modelfile.write(str(path), ["model.keras"], [b"weights" * 1000], self.metadata())
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("manifest.json")
        data = bytearray(path.read_bytes())
        start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
        data[start + 5:start + 25] = bytes(20)
        path.write_bytes(bytes(data))
        with pytest.raises(InputError, match=r"The model file '.*m\.lsghnet' is damaged: its content cannot be "
                                             r"unpacked"):
            modelfile.read(str(path))

    def test_forest_with_foreign_types_is_refused(self, tmp_path):
        import skops.io
        from sklearn.linear_model import LogisticRegression

        member = skops.io.dumps(LogisticRegression().fit([[0], [1]], [0, 1]))
        modelfile.write(str(tmp_path / "f.lsghnet"), ["model.skops"], [member], self.metadata("rf"))
        with pytest.raises(InputError, match="holds a LogisticRegression, not the random forest"):
            modelfile.load(str(tmp_path / "f.lsghnet"))


@pytest.fixture(scope="module")
def worker_inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("worker")
    synthetic().save(str(folder / "samples.npz"))
    (folder / "catalogue.json").write_text(catalogue_json(catalogue(), {}))
    return folder


def worker(*arguments, python=sys.executable, backend=None):
    """`python -m model ARGUMENTS` as the QGIS side starts it: KERAS_BACKEND unset
    unless `backend` names one, so the worker chooses."""
    environment = {name: value for name, value in os.environ.items() if name != "KERAS_BACKEND"}
    if backend:
        environment["KERAS_BACKEND"] = backend
    return subprocess.Popen([python, "-m", "model", *arguments], cwd=REPO, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=dict(environment, PYTHONUNBUFFERED="1"))


def train_networks(worker_inputs, output, backend, *options):
    process = worker("--protocol", "jsonl", "train", "--samples", str(worker_inputs / "samples.npz"),
                     "--catalogue", str(worker_inputs / "catalogue.json"), "--output", str(output), *options,
                     backend=backend)
    stdout, stderr = process.communicate(timeout=300)
    assert process.returncode == 0, stderr
    return [json.loads(line) for line in stdout.splitlines()]


#: Predictions of a model file in a fresh process on the backend KERAS_BACKEND names.
PREDICT_SCRIPT = """
import sys
import numpy as np
from model.modelling import modelfile
predictor = modelfile.load(sys.argv[1])
np.save(sys.argv[3], predictor.predict(np.load(sys.argv[2])))
"""


@pytest.mark.worker
class TestBackends:
    def test_the_platform_offers_its_backends(self):
        """What requirements*.txt and the Makefile promise: TensorFlow where it has
        wheels (Python < 3.14) and PyTorch everywhere, the worker preferring TensorFlow."""
        expected = ["tensorflow", "torch"] if sys.version_info < (3, 14) else ["torch"]
        assert installed_backends() == expected

    def test_the_worker_chooses_the_first_installed_backend(self, worker_inputs, tmp_path):
        messages = train_networks(worker_inputs, tmp_path / "m.lsghnet", None, "--epochs", "1", "--members", "1")
        chosen = installed_backends()[0]
        assert any(m["type"] == "log" and m["text"].endswith(f"on {chosen}.") for m in messages), messages[:3]
        assert modelfile.read(str(tmp_path / "m.lsghnet"))[0]["backend"] == chosen

    @pytest.mark.skipif(len(installed_backends()) < 2, reason="this platform offers one Keras backend")
    @pytest.mark.parametrize("trained_on", installed_backends())
    def test_a_model_predicts_the_same_on_every_backend(self, worker_inputs, tmp_path, trained_on):
        model = tmp_path / "m.lsghnet"
        train_networks(worker_inputs, model, trained_on, "--epochs", "3", "--seed", "5", "--members", "2")
        manifest = modelfile.read(str(model))[0]
        assert manifest["backend"] == trained_on and trained_on in manifest["versions"]
        classes = tmp_path / "classes.npy"
        np.save(classes, synthetic().classes)
        predictions = {}
        for backend in installed_backends():
            output = tmp_path / f"{backend}.npy"
            completed = subprocess.run([sys.executable, "-c", PREDICT_SCRIPT, str(model), str(classes), str(output)],
                                       cwd=REPO, capture_output=True, text=True, timeout=300,
                                       env=dict(os.environ, KERAS_BACKEND=backend))
            assert completed.returncode == 0, completed.stderr
            predictions[backend] = np.load(output)
        first, second = predictions.values()
        assert first.std() > 0  # a real map, not a constant
        np.testing.assert_allclose(first, second, atol=1e-5)


@pytest.mark.worker
@pytest.mark.parametrize("backend", installed_backends())
class TestWorker:
    def test_train_command_line(self, worker_inputs, backend):
        out = worker_inputs / "cli.lsghnet"
        process = worker("--protocol", "jsonl", "train", "--samples", str(worker_inputs / "samples.npz"),
                         "--catalogue", str(worker_inputs / "catalogue.json"), "--output", str(out), "--kind", "rf",
                         backend=backend)
        stdout, stderr = process.communicate(timeout=300)
        assert process.returncode == 0, stderr
        messages = [json.loads(line) for line in stdout.splitlines()]
        assert messages[-1]["type"] == "result" and messages[-1]["metrics"]["hard"]["roc_auc"] > 0.9
        assert any(m["type"] == "progress" for m in messages) and out.exists()
        assert messages[-1]["device"] == "CPU (scikit-learn)"
        assert {"type": "log", "text": "Training rf on CPU (scikit-learn)."} in messages

    def test_same_seed_same_metrics_across_processes(self, worker_inputs, backend):
        results = []
        for run in ("first", "second"):
            messages = train_networks(worker_inputs, worker_inputs / f"{run}-{backend}.lsghnet", backend,
                                      "--epochs", "3", "--seed", "9", "--device", "cpu", "--members", "2")
            results.append(messages[-1]["metrics"])
        assert results[0] == results[1]

    @pytest.mark.parametrize("cancel", ["request", "sigterm"])
    def test_cancel_writes_nothing(self, worker_inputs, backend, cancel):
        """The QGIS side's cancel request (a line on standard input, as on Windows)
        and SIGTERM stop the worker alike."""
        out = worker_inputs / "cancelled.lsghnet"
        process = worker("--protocol", "jsonl", "train", "--samples", str(worker_inputs / "samples.npz"),
                         "--catalogue", str(worker_inputs / "catalogue.json"), "--output", str(out),
                         "--epochs", "500", "--patience", "500", backend=backend)
        for line in process.stdout:
            if "epoch 1:" in line:  # the first epoch of the first network
                break
        started = time.monotonic()
        if cancel == "request":
            process.stdin.write(protocol.CANCEL_REQUEST + "\n")
            process.stdin.flush()
        else:
            process.send_signal(signal.SIGTERM)
        process.communicate(timeout=30)
        assert time.monotonic() - started < 2.0
        assert process.returncode == 130
        assert not out.exists() and not [n for n in os.listdir(worker_inputs) if n.startswith(".lsghnet-partial")]

    def test_a_cancel_before_the_worker_is_ready(self, worker_inputs, tmp_path, backend):
        """The user cancels as the worker starts: the request waits in the pipe."""
        out = tmp_path / "early.lsghnet"
        process = worker("--protocol", "jsonl", "train", "--samples", str(worker_inputs / "samples.npz"),
                         "--catalogue", str(worker_inputs / "catalogue.json"), "--output", str(out), backend=backend)
        process.stdin.write(protocol.CANCEL_REQUEST + "\n")
        process.stdin.flush()
        stdout, stderr = process.communicate(timeout=120)
        assert process.returncode == 130 and "Traceback" not in stderr, stderr
        assert json.loads(stdout.splitlines()[-1])["message"] == "Cancelled: nothing was written."
        assert os.listdir(tmp_path) == []

    def test_bad_input_exit_code(self, worker_inputs, tmp_path, backend):
        (tmp_path / "c.json").write_text(catalogue_json(catalogue()[:2], {}))
        process = worker("--protocol", "jsonl", "train", "--samples", str(worker_inputs / "samples.npz"),
                         "--catalogue", str(tmp_path / "c.json"), "--output", str(tmp_path / "m.lsghnet"),
                         backend=backend)
        stdout, _ = process.communicate(timeout=120)
        assert process.returncode == 2
        assert "differ from the catalogue" in json.loads(stdout.splitlines()[-1])["message"]

    def test_missing_keras_is_explained(self, worker_inputs, tmp_path, backend):
        # Debian's python3 without the plugin's .venv has numpy and GDAL but no Keras.
        process = worker("--protocol", "jsonl", "train", "--samples", str(worker_inputs / "samples.npz"),
                         "--catalogue", str(worker_inputs / "catalogue.json"), "--output", str(tmp_path / "m.lsghnet"),
                         python="/usr/bin/python3", backend=backend)
        stdout, _ = process.communicate(timeout=120)
        assert process.returncode == 3
        message = json.loads(stdout.splitlines()[-1])["message"]
        assert "cannot import 'keras'" in message and "Set up the deep-learning environment" in message
        assert "pip" not in message and "make" not in message  # nothing a zip user cannot do


@pytest.mark.worker
def test_the_worker_turns_a_memory_error_into_a_message(monkeypatch, capsys):
    """Out of memory anywhere in a command: a plain message and exit code 2, not a crash."""
    from model.worker import cli as worker_module

    def exhausted(arguments, channel, progress):
        raise MemoryError()

    monkeypatch.setitem(worker_module.COMMANDS, "selfcheck", exhausted)
    assert worker_module.main(["--protocol", "jsonl", "selfcheck"]) == 2
    message = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert message["type"] == "error" and message["message"].startswith("There was not enough memory to finish.")


@pytest.mark.worker
def test_the_worker_turns_a_full_disk_into_a_message(monkeypatch, capsys, tmp_path):
    """A full disk anywhere in a command (here, writing a file it names): exit code 2,
    the folder named, not a crash."""
    from model.worker import cli as worker_module

    def full(arguments, channel, progress):
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "model.lsghnet"))

    monkeypatch.setitem(worker_module.COMMANDS, "selfcheck", full)
    assert worker_module.main(["--protocol", "jsonl", "selfcheck"]) == 2
    message = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert message["type"] == "error" and message["message"].startswith(f"The disk holding '{tmp_path}' is full")


#: A stand-in for a deep-learning library (its module name is keras.*) that the
#: worker's SIGTERM reaches while it runs; then either the engine's progress step
#: asks for cancel or the library returns to the worker's own code.
CANCEL_SCRIPT = r"""
import os, signal, sys, time
from model.core.errors import Cancelled
from model.worker.cli import Cancel
cancel = Cancel()
library = {"__name__": "keras.stand_in", "os": os, "signal": signal, "time": time}
exec(
    "def fit(seconds):\n"
    "    os.kill(os.getpid(), signal.SIGTERM)\n"
    "    end = time.monotonic() + seconds\n"
    "    while time.monotonic() < end:\n"
    "        pass\n"
    "    return 'the library returned'\n", library)
print(library["fit"](0.5))
if sys.argv[1] == "step":
    print("asked:", cancel.is_cancelled())
try:
    time.sleep(1)
    print("no Cancelled")
except Cancelled:
    print("Cancelled in the worker's code")
"""


@pytest.mark.worker
@pytest.mark.parametrize("then, expected", [
    ("return", ["the library returned", "Cancelled in the worker's code"]),
    ("step", ["the library returned", "asked: True", "no Cancelled"]),
])
def test_sigterm_never_interrupts_the_library(then, expected):
    process = subprocess.run([sys.executable, "-c", CANCEL_SCRIPT, then], cwd=REPO, capture_output=True, text=True,
                             timeout=60)
    assert process.returncode == 0, process.stderr
    assert process.stdout.splitlines() == expected


#: A worker's main loop in pure Python, with the worker's cancel reading the
#: requests on standard input; it says when it is ready for one.
REQUEST_SCRIPT = r"""
import sys, time
from model.core.errors import Cancelled
from model.worker.cli import Cancel
try:
    cancel = Cancel(sys.stdin)
    if sys.argv[1] == "closed":
        cancel.close()
    print("ready", flush=True)
    for _ in range(100):
        time.sleep(0.05)
    print("finished")
except Cancelled:
    print("Cancelled")
"""


@pytest.mark.worker
@pytest.mark.parametrize("when, expected", [
    ("at once", "Cancelled"),  # the request waits in the pipe before the reader starts
    ("open", "Cancelled"),
    ("closed", "finished"),
])
def test_a_cancel_request_on_standard_input(when, expected):
    """The line cancels like SIGTERM, also when it came before the worker was ready
    to read it; once the command has finished (its outputs are written) a cancel
    comes too late and is ignored."""
    process = subprocess.Popen([sys.executable, "-c", REQUEST_SCRIPT, when], cwd=REPO, stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if when != "at once":
        assert process.stdout.readline() == "ready\n"
    process.stdin.write("something else\n" + protocol.CANCEL_REQUEST + "\n")
    process.stdin.flush()
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 0, stderr
    # At once, the cancel can come while the script prints "ready" (even between it and its line end).
    assert stdout.endswith(expected + "\n") and ("finished" in stdout) == (expected == "finished")
