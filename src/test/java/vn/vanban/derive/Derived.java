package vn.vanban.derive;

import java.nio.file.Path;
import vn.vanban.Examples;
import vn.vanban.model.Plan;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.yaml.PlanLoader;
import vn.vanban.yaml.YamlTree;

/** The Hải Dương example derived in-process for a profile, the way the tests of this package need it. */
final class Derived {

    static final Path CAM_NGOC = Path.of("examples/co-quan/cam-ngoc.yaml");
    static final Path TUE_TINH = Path.of("examples/co-quan/tue-tinh.yaml");

    /** A two-tier commune that names none of its units: the shipped table speaks alone. */
    static final String TWO_TIER_COMMUNE = """
            co_quan:
              ten: [ỦY BAN NHÂN DÂN, XÃ TUỆ TĨNH]
              viet_tat: UBND
              dia_danh: Tuệ Tĩnh
            cap: xa
            nguoi_ky:
              quyen_han: TM
              thay_mat: Ủy ban nhân dân
              chuc_vu: Chủ tịch
              ho_ten: Nguyễn Văn A
            noi_nhan: [Như trên]
            luu: [VT]
            """;

    private Derived() {
    }

    static Path parent() {
        return Examples.yaml(Examples.HAI_DUONG);
    }

    static DerivedPlan fromHaiDuong(Path profile) {
        try {
            return fromHaiDuong(ProfileLoader.load(profile).profile());
        } catch (InvalidInputException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    static DerivedPlan fromHaiDuong(Profile profile) {
        try {
            return Derivation.derive(YamlTree.read(parent()), profile,
                    new Derivation.Options(parent().getFileName().toString(), "co-quan.yaml", null));
        } catch (InvalidInputException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    /** The names of a profile's units, as its don_vi lists them. */
    static java.util.List<String> unitNames(Path profile) {
        try {
            return ProfileLoader.load(profile).profile().units().stream().map(Profile.Unit::name).toList();
        } catch (InvalidInputException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    /** A profile written in the test, read as a file named co-quan.yaml. */
    static Profile profile(String yaml) {
        try {
            return ProfileLoader.load("co-quan.yaml", yaml).profile();
        } catch (InvalidInputException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    static Plan plan(String yamlText) {
        try {
            return PlanLoader.load("con.yaml", yamlText).plan();
        } catch (InvalidInputException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }
}
