/*
 * Draws a request's BPMN process with bpmn-js (the viewer from the WebJar) in each element that has
 * data-bpmn-source (the URL of the BPMN file), marking the activities of data-done as done and
 * those of data-active as the current step.
 */
(function () {
  "use strict";

  function ids(value) {
    return (value || "").split(" ").filter(function (id) { return id.length > 0; });
  }

  function mark(canvas, list, marker) {
    list.forEach(function (id) {
      try {
        canvas.addMarker(id, marker);
      } catch (e) {
        // An id of the history that the drawn version of the process does not have.
      }
    });
  }

  function draw(container) {
    var viewer = new BpmnJS({ container: container });
    fetch(container.getAttribute("data-bpmn-source"), { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.text();
      })
      .then(function (xml) { return viewer.importXML(xml); })
      .then(function () {
        var canvas = viewer.get("canvas");
        canvas.zoom("fit-viewport");
        mark(canvas, ids(container.getAttribute("data-done")), "diagram-done");
        mark(canvas, ids(container.getAttribute("data-active")), "diagram-active");
        container.setAttribute("data-drawn", "true");
      })
      .catch(function () {
        container.setAttribute("data-drawn", "error");
        container.textContent = container.getAttribute("data-error");
      });
  }

  document.querySelectorAll("[data-bpmn-source]").forEach(draw);
})();
