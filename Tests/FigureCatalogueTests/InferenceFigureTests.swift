import EBMCore
import ExperimentSpec
import FigureTestSupport
import Foundation
import XCTest
@testable import FigureCatalogue

/// What the inference figures label ž and F∞: the global minimum, with the lecture's descent drawn as a descent.
final class InferenceFigureTests: XCTestCase {
    private func build(_ experiment: String) throws -> [String: SidecarValue] {
        let json = #"{"version": 1, "experiments": ["# + experiment + "]}"
        let parsed = try ExperimentFile.parse(Data(json.utf8), file: "fixture.json")
        return try Catalogue.build(parsed[0]).data
    }

    func testStiffDecoderLabelsTheTrueMinimum() throws {
        // A fixed step of 0.05 bounced between 0.4757 and 1.9644 and labelled 18.76 as F∞.
        let data = try build(#"{"id":"ec-w53","kind":"energy-curve","model":{"w":[5,3]},"plot":{"yPrime":[1,4],"zTilde":0.5}}"#)
        XCTAssertEqual(data["freeEnergy"]!.number!, 1.1102, accuracy: 1e-4)
        XCTAssertEqual(data["zCheck"]!.number!, 1.39251, accuracy: 1e-5)
        XCTAssertEqual(data["inference"]!["gridFreeEnergy"]!.number!, 1.1727, accuracy: 1e-4)
        XCTAssertEqual(data["inference"]!["endsAtGlobalMinimum"], .bool(true))
    }

    func testLocalMinimumIsMarkedBesideTheGlobalOne() throws {
        let spec = #"{"id":"ec-local","kind":"energy-curve","plot":{"yPrime":[0,0.1],"zTilde":4.5}}"#
        let data = try build(spec)
        XCTAssertEqual(data["freeEnergy"]!.number!, 0.0660, accuracy: 1e-4)
        XCTAssertEqual(data["zCheck"]!.number!, Double.pi / 2, accuracy: 1e-9)
        let inference = data["inference"]!
        XCTAssertEqual(inference["endsAtGlobalMinimum"], .bool(false))
        XCTAssertEqual(inference["descentEnd"]!.number!, 3 * Double.pi / 2, accuracy: 1e-9)
        XCTAssertEqual(inference["descentEnergy"]!.number!, 0.2088, accuracy: 1e-4)
        // The figure carries the descent-end mark only in this case.
        let figure = try Catalogue.build(ExperimentFile.parse(Data(#"{"version": 1, "experiments": [\#(spec)]}"#.utf8), file: "f.json")[0]).figure
        XCTAssertTrue(labels(figure).contains("descent end"))
        let lecture = try Shipped.build("15-1-fig05-energy-y23").figure
        XCTAssertFalse(labels(lecture).contains("descent end"))

        let samples = try build(#"{"id":"s-local","kind":"samples","plot":{"yPrime":[0,0.1],"zTilde":4.5,"inference":true}}"#)
        XCTAssertEqual(samples["zCheck"]!.number!, Double.pi / 2, accuracy: 1e-9)
        XCTAssertEqual(samples["gZCheck"]!.points[0].y, 0.357, accuracy: 1e-9)
    }

    func testMeshGridPointAtAStationaryMaximum() throws {
        let data = try build(#"{"id":"mg7","kind":"mesh-grid","model":{"w":[2.3,-0.7],"latents":7}}"#)
        let mesh = data["yPrime"]!.points
        let index = mesh.firstIndex { $0.x == 2 && $0.y == 0 }!
        let yCheck = data["yCheck"]!.points[index]
        let d2 = (yCheck.x - 2) * (yCheck.x - 2) + yCheck.y * yCheck.y
        XCTAssertEqual(d2, 0.08167, accuracy: 1e-5)
        XCTAssertEqual(angleRepresentative(data["zCheck"]!.numbers[index], nearest: 0).magnitude, 0.2897, accuracy: 1e-4)
    }

    func testFig10CrossesStackInThePointsOrder() throws {
        // On the slide the purple cross (third point) covers the red one (second) beside it: later crosses on top.
        let figure = try Shipped.build("15-1-fig10-five-energies").figure
        let marks = figure.axes[0].marks
        let curveColors = marks.compactMap { mark -> Color? in if case let .line(l) = mark { return l.color } else { return nil } }
        let crossColors = marks.compactMap { mark -> Color? in
            if case let .scatter(s) = mark, s.marker.shape == .boldX { return s.marker.fill } else { return nil }
        }
        XCTAssertEqual(crossColors.count, 5)
        XCTAssertEqual(crossColors, Array(curveColors.prefix(5)))
    }

    func testFig10CheckDrawnAtTheLecturesAngle() throws {
        // Each ž is drawn in its cell of the lecture's π/12 grid, [−π/24, 2π − π/24): the first ring's at −0.075 (not
        // 6.21), the second's at 6.147, as on the slide, where the two crosses sit on either side of z = 0.
        let data = try Shipped.data("15-1-fig10-five-energies")
        let checks = data["zCheck"]!.numbers
        XCTAssertEqual(checks[0], -0.0748, accuracy: 1e-4)
        XCTAssertEqual(checks[1], 6.1474, accuracy: 1e-4)
        for (drawn, reduced) in zip(checks, data["zCheckReduced"]!.numbers) {
            XCTAssertGreaterThanOrEqual(drawn, -Double.pi / 24)
            XCTAssertLessThan(drawn, 2 * Double.pi - Double.pi / 24)
            XCTAssertEqual(cos(drawn), cos(reduced), accuracy: 1e-12)
        }
    }

    private func labels(_ figure: Plotting.Figure) -> [String] {
        figure.axes.flatMap(\.marks).compactMap { mark in
            if case let .scatter(s) = mark { return s.label }
            return nil
        }
    }
}

import Plotting
