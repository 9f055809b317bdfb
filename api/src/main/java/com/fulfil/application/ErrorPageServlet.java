package com.fulfil.application;

import com.fulfil.web.ProblemException;
import com.fulfil.web.ProblemMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The container's error page (see web.xml), written as problem+json like every other error. */
@WebServlet("/problem")
public class ErrorPageServlet extends HttpServlet {

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 404;
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String detail =
        switch (status) {
          case 401 -> "A valid bearer token is required: it is missing, malformed, forged or expired.";
          case 403 -> "Your role does not allow this.";
          case 404 -> "No such resource.";
          case 405 -> "This method is not supported here.";
          case 413 -> "The request body is too large.";
          case 500 -> "The request failed on our side; nothing was saved.";
          default -> "The request was refused.";
        };
    ProblemException problem =
        new ProblemException(status, "http-" + status, "HTTP " + status, detail, List.of());
    response.setStatus(status);
    response.setContentType(ProblemMapper.PROBLEM_JSON);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (status == 401) {
      response.setHeader("WWW-Authenticate", "Bearer");
    }
    response.getWriter().write(problem.toJson(uri == null ? null : uri.toString()).toString());
  }
}
