/// The OpenAPI 3.1 description of the JSON API, served at `/api/v1/openapi.json`.
///
/// Written by hand next to the routes it describes; `OpenAPIDocumentTests` fails when a route of the router is
/// missing here or a path here has no route.
enum OpenAPIDocument {
    static let json = #"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "Ward API",
            "version": "1",
            "description": "Ward's JSON API. Authenticate with an API token (`Authorization: Bearer ward_…`), which acts in one organization with one role, or with a browser session (state-changing calls then need the `X-CSRF-Token` header). An organization you do not belong to answers 404.",
            "license": {
              "name": "Apache-2.0",
              "identifier": "Apache-2.0"
            }
          },
          "servers": [
            {
              "url": "/"
            }
          ],
          "security": [
            {
              "bearerToken": []
            },
            {
              "sessionCookie": []
            }
          ],
          "tags": [
            {
              "name": "accounts"
            },
            {
              "name": "organizations"
            },
            {
              "name": "scope"
            },
            {
              "name": "audit"
            },
            {
              "name": "meta"
            },
            {
              "name": "frameworks"
            },
            {
              "name": "assessments"
            },
            {
              "name": "incidents"
            },
            {
              "name": "directory"
            },
            {
              "name": "training"
            },
            {
              "name": "inventory"
            }
          ],
          "paths": {
            "/api/v1/openapi.json": {
              "get": {
                "summary": "This document",
                "operationId": "getOpenAPI",
                "tags": [
                  "meta"
                ],
                "security": [],
                "responses": {
                  "200": {
                    "description": "The OpenAPI document",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object"
                        }
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/me": {
              "get": {
                "summary": "The caller and its organizations",
                "operationId": "getMe",
                "tags": [
                  "accounts"
                ],
                "responses": {
                  "200": {
                    "description": "The caller",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Me"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/organizations": {
              "get": {
                "summary": "Organizations the caller belongs to",
                "operationId": "listOrganizations",
                "tags": [
                  "organizations"
                ],
                "responses": {
                  "200": {
                    "description": "Organizations",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "required": [
                            "items"
                          ],
                          "properties": {
                            "items": {
                              "type": "array",
                              "items": {
                                "$ref": "#/components/schemas/Organization"
                              }
                            }
                          }
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              },
              "post": {
                "summary": "Create an organization (site administrators; or a sub-organization by its parent's admins)",
                "operationId": "createOrganization",
                "tags": [
                  "organizations"
                ],
                "responses": {
                  "201": {
                    "description": "Created",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Organization"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/CreateOrganization"
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/organizations/{org}": {
              "get": {
                "summary": "One organization",
                "operationId": "getOrganization",
                "tags": [
                  "organizations"
                ],
                "responses": {
                  "200": {
                    "description": "The organization",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Organization"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  }
                ]
              },
              "patch": {
                "summary": "Change name, kind, size tier or parent",
                "operationId": "updateOrganization",
                "tags": [
                  "organizations"
                ],
                "responses": {
                  "200": {
                    "description": "Updated",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Organization"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/UpdateOrganization"
                      }
                    }
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  }
                ]
              }
            },
            "/api/v1/organizations/{org}/members": {
              "get": {
                "summary": "Members and their roles",
                "operationId": "listMembers",
                "tags": [
                  "organizations"
                ],
                "responses": {
                  "200": {
                    "description": "Members",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "required": [
                            "items"
                          ],
                          "properties": {
                            "items": {
                              "type": "array",
                              "items": {
                                "$ref": "#/components/schemas/Member"
                              }
                            }
                          }
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  }
                ]
              },
              "post": {
                "summary": "Add a member; creates the account with an activation link when needed",
                "operationId": "addMember",
                "tags": [
                  "organizations"
                ],
                "responses": {
                  "201": {
                    "description": "Added",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Member"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/AddMember"
                      }
                    }
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  }
                ]
              }
            },
            "/api/v1/organizations/{org}/members/{user}": {
              "patch": {
                "summary": "Change a member's role",
                "operationId": "changeRole",
                "tags": [
                  "organizations"
                ],
                "responses": {
                  "204": {
                    "description": "Changed"
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/ChangeRole"
                      }
                    }
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/user"
                  }
                ]
              },
              "delete": {
                "summary": "Remove a member",
                "operationId": "removeMember",
                "tags": [
                  "organizations"
                ],
                "responses": {
                  "204": {
                    "description": "Removed"
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/user"
                  }
                ]
              }
            },
            "/api/v1/organizations/{org}/tokens": {
              "get": {
                "summary": "API tokens (without secrets)",
                "operationId": "listTokens",
                "tags": [
                  "organizations"
                ],
                "responses": {
                  "200": {
                    "description": "Tokens",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "required": [
                            "items"
                          ],
                          "properties": {
                            "items": {
                              "type": "array",
                              "items": {
                                "$ref": "#/components/schemas/Token"
                              }
                            }
                          }
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  }
                ]
              },
              "post": {
                "summary": "Create an API token; the secret is in this response only",
                "operationId": "createToken",
                "tags": [
                  "organizations"
                ],
                "responses": {
                  "201": {
                    "description": "Created",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Token"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/CreateToken"
                      }
                    }
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  }
                ]
              }
            },
            "/api/v1/organizations/{org}/tokens/{token}": {
              "delete": {
                "summary": "Revoke an API token",
                "operationId": "revokeToken",
                "tags": [
                  "organizations"
                ],
                "responses": {
                  "200": {
                    "description": "Revoked",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Token"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/token"
                  }
                ]
              }
            },
            "/api/v1/organizations/{org}/scope": {
              "get": {
                "summary": "Declared scan scope and scan windows",
                "operationId": "getScope",
                "tags": [
                  "scope"
                ],
                "responses": {
                  "200": {
                    "description": "Scope",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Scope"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  }
                ]
              }
            },
            "/api/v1/organizations/{org}/scope/entries": {
              "post": {
                "summary": "Include or exclude a block, range or host name",
                "operationId": "addScopeEntry",
                "tags": [
                  "scope"
                ],
                "responses": {
                  "201": {
                    "description": "Added",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ScopeEntry"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/AddScopeEntry"
                      }
                    }
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  }
                ]
              }
            },
            "/api/v1/organizations/{org}/scope/entries/{entry}": {
              "delete": {
                "summary": "Remove a scope entry",
                "operationId": "removeScopeEntry",
                "tags": [
                  "scope"
                ],
                "responses": {
                  "204": {
                    "description": "Removed"
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/entry"
                  }
                ]
              }
            },
            "/api/v1/organizations/{org}/scope/windows": {
              "post": {
                "summary": "Add a scan window",
                "operationId": "addScanWindow",
                "tags": [
                  "scope"
                ],
                "responses": {
                  "201": {
                    "description": "Added",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ScanWindow"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/AddScanWindow"
                      }
                    }
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  }
                ]
              }
            },
            "/api/v1/organizations/{org}/scope/windows/{window}": {
              "delete": {
                "summary": "Remove a scan window",
                "operationId": "removeScanWindow",
                "tags": [
                  "scope"
                ],
                "responses": {
                  "204": {
                    "description": "Removed"
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/window"
                  }
                ]
              }
            },
            "/api/v1/organizations/{org}/scope/check": {
              "post": {
                "summary": "Would this target be scanned now (or at a given time)?",
                "operationId": "checkScope",
                "tags": [
                  "scope"
                ],
                "responses": {
                  "200": {
                    "description": "Decision",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ScopeCheck"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/CheckScope"
                      }
                    }
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  }
                ]
              }
            },
            "/api/v1/organizations/{org}/audit": {
              "get": {
                "summary": "Audit log, newest first (owners and auditors)",
                "operationId": "listAudit",
                "tags": [
                  "audit"
                ],
                "responses": {
                  "200": {
                    "description": "Events",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "required": [
                            "items"
                          ],
                          "properties": {
                            "items": {
                              "type": "array",
                              "items": {
                                "$ref": "#/components/schemas/AuditEvent"
                              }
                            }
                          }
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "name": "limit",
                    "in": "query",
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 1000,
                      "default": 100
                    }
                  },
                  {
                    "name": "before",
                    "in": "query",
                    "schema": {
                      "type": "string",
                      "format": "date-time"
                    }
                  }
                ]
              }
            },
            "/api/v1/frameworks": {
              "get": {
                "summary": "Frameworks and crosswalks in the library, with counts",
                "operationId": "listFrameworks",
                "tags": [
                  "frameworks"
                ],
                "responses": {
                  "200": {
                    "description": "The library",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/FrameworkLibrary"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              },
              "post": {
                "summary": "Import frameworks or crosswalks (site administrators): all files or none",
                "operationId": "importFrameworks",
                "tags": [
                  "frameworks"
                ],
                "responses": {
                  "201": {
                    "description": "Imported",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Names"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable"
                  }
                },
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/CatalogFiles"
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/frameworks/validate": {
              "post": {
                "summary": "Check catalog files without importing them",
                "operationId": "validateFrameworks",
                "tags": [
                  "frameworks"
                ],
                "responses": {
                  "200": {
                    "description": "Valid",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Names"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable"
                  }
                },
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/CatalogFiles"
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/frameworks/{framework}": {
              "get": {
                "summary": "A framework with its requirement tree",
                "operationId": "getFramework",
                "tags": [
                  "frameworks"
                ],
                "responses": {
                  "200": {
                    "description": "The framework",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/FrameworkDetail"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/framework"
                  }
                ]
              }
            },
            "/api/v1/organizations/{org}/size-suggestion": {
              "post": {
                "summary": "Suggest a HICP size tier from the questionnaire",
                "operationId": "suggestSize",
                "tags": [
                  "assessments"
                ],
                "responses": {
                  "200": {
                    "description": "The suggestion with reasons",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/SizeSuggestion"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/SizeQuestionnaire"
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/organizations/{org}/assessments": {
              "get": {
                "summary": "The organization's assessments",
                "operationId": "listAssessments",
                "tags": [
                  "assessments"
                ],
                "responses": {
                  "200": {
                    "description": "Assessments",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "properties": {
                            "items": {
                              "type": "array",
                              "items": {
                                "$ref": "#/components/schemas/Assessment"
                              }
                            }
                          }
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  }
                ]
              },
              "post": {
                "summary": "Create an assessment",
                "operationId": "createAssessment",
                "tags": [
                  "assessments"
                ],
                "responses": {
                  "201": {
                    "description": "Created",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Assessment"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/CreateAssessment"
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/organizations/{org}/assessments/{assessment}": {
              "get": {
                "summary": "An assessment with its scores and coverage",
                "operationId": "getAssessment",
                "tags": [
                  "assessments"
                ],
                "responses": {
                  "200": {
                    "description": "The assessment",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Scores"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/assessment"
                  }
                ]
              },
              "delete": {
                "summary": "Delete an assessment with its answers and evidence",
                "operationId": "deleteAssessment",
                "tags": [
                  "assessments"
                ],
                "responses": {
                  "204": {
                    "description": "Deleted"
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/assessment"
                  }
                ]
              }
            },
            "/api/v1/organizations/{org}/assessments/{assessment}/answers": {
              "get": {
                "summary": "Current answers",
                "operationId": "listAnswers",
                "tags": [
                  "assessments"
                ],
                "responses": {
                  "200": {
                    "description": "Answers",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "properties": {
                            "items": {
                              "type": "array",
                              "items": {
                                "$ref": "#/components/schemas/Answer"
                              }
                            }
                          }
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/assessment"
                  }
                ]
              },
              "post": {
                "summary": "Save several answers: all or none",
                "operationId": "saveAnswers",
                "tags": [
                  "assessments"
                ],
                "responses": {
                  "200": {
                    "description": "Saved",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "properties": {
                            "items": {
                              "type": "array",
                              "items": {
                                "$ref": "#/components/schemas/Answer"
                              }
                            }
                          }
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable"
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/assessment"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "type": "object",
                        "properties": {
                          "answers": {
                            "type": "array",
                            "items": {
                              "$ref": "#/components/schemas/AnswerInputWithRequirement"
                            }
                          }
                        },
                        "required": [
                          "answers"
                        ]
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/organizations/{org}/assessments/{assessment}/answers/{requirement}": {
              "put": {
                "summary": "Answer one requirement",
                "operationId": "saveAnswer",
                "tags": [
                  "assessments"
                ],
                "responses": {
                  "200": {
                    "description": "Saved",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Answer"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable"
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/assessment"
                  },
                  {
                    "$ref": "#/components/parameters/requirement"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/AnswerInput"
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/organizations/{org}/assessments/{assessment}/answers/{requirement}/sign": {
              "post": {
                "summary": "Sign an answer off (owners, admins, auditors; a signed-in person); it is then locked",
                "operationId": "signAnswer",
                "tags": [
                  "assessments"
                ],
                "responses": {
                  "200": {
                    "description": "Signed",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Answer"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/assessment"
                  },
                  {
                    "$ref": "#/components/parameters/requirement"
                  }
                ],
                "requestBody": {
                  "required": false,
                  "content": {
                    "application/json": {
                      "schema": {
                        "type": "object",
                        "properties": {
                          "expectedVersion": {
                            "type": "integer",
                            "description": "The version the reviewer read; a changed answer gets 409 instead of being signed unseen"
                          }
                        }
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/organizations/{org}/assessments/{assessment}/answers/{requirement}/reopen": {
              "post": {
                "summary": "Reopen a signed answer",
                "operationId": "reopenAnswer",
                "tags": [
                  "assessments"
                ],
                "responses": {
                  "200": {
                    "description": "Reopened",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Answer"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/assessment"
                  },
                  {
                    "$ref": "#/components/parameters/requirement"
                  }
                ]
              }
            },
            "/api/v1/organizations/{org}/assessments/{assessment}/answers/{requirement}/evidence/files": {
              "post": {
                "summary": "Attach a file (the request body) to an answer; stored once under its SHA-256",
                "operationId": "uploadEvidence",
                "tags": [
                  "assessments"
                ],
                "responses": {
                  "201": {
                    "description": "Attached",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Evidence"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "413": {
                    "$ref": "#/components/responses/TooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable"
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/assessment"
                  },
                  {
                    "$ref": "#/components/parameters/requirement"
                  },
                  {
                    "name": "name",
                    "in": "query",
                    "required": false,
                    "description": "File name",
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/octet-stream": {
                      "schema": {
                        "type": "string",
                        "format": "binary"
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/organizations/{org}/assessments/{assessment}/answers/{requirement}/evidence/links": {
              "post": {
                "summary": "Attach a link to an answer",
                "operationId": "linkEvidence",
                "tags": [
                  "assessments"
                ],
                "responses": {
                  "201": {
                    "description": "Attached",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Evidence"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable"
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/assessment"
                  },
                  {
                    "$ref": "#/components/parameters/requirement"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/EvidenceLink"
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/organizations/{org}/assessments/{assessment}/evidence": {
              "get": {
                "summary": "Evidence attached to the assessment's answers",
                "operationId": "listEvidence",
                "tags": [
                  "assessments"
                ],
                "responses": {
                  "200": {
                    "description": "Evidence",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "properties": {
                            "items": {
                              "type": "array",
                              "items": {
                                "$ref": "#/components/schemas/Evidence"
                              }
                            }
                          }
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/assessment"
                  }
                ]
              }
            },
            "/api/v1/organizations/{org}/assessments/{assessment}/evidence/{evidence}/content": {
              "get": {
                "summary": "Download an evidence file",
                "operationId": "downloadEvidence",
                "tags": [
                  "assessments"
                ],
                "responses": {
                  "200": {
                    "description": "The file, as an attachment",
                    "content": {
                      "application/octet-stream": {
                        "schema": {
                          "type": "string",
                          "format": "binary"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/assessment"
                  },
                  {
                    "$ref": "#/components/parameters/evidence"
                  }
                ]
              }
            },
            "/api/v1/organizations/{org}/assessments/{assessment}/history": {
              "get": {
                "summary": "Every change to the answers",
                "operationId": "listAnswerHistory",
                "tags": [
                  "assessments"
                ],
                "responses": {
                  "200": {
                    "description": "History, oldest first",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "properties": {
                            "items": {
                              "type": "array",
                              "items": {
                                "$ref": "#/components/schemas/HistoryEntry"
                              }
                            }
                          }
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/assessment"
                  },
                  {
                    "name": "requirement",
                    "in": "query",
                    "required": false,
                    "description": "Only this requirement",
                    "schema": {
                      "type": "string"
                    }
                  }
                ]
              }
            },
            "/api/v1/organizations/{org}/assessments/{assessment}/scores": {
              "get": {
                "summary": "Scores, threat coverage and crosswalk coverage",
                "operationId": "getScores",
                "tags": [
                  "assessments"
                ],
                "responses": {
                  "200": {
                    "description": "Scores",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Scores"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/assessment"
                  }
                ]
              }
            },
            "/api/v1/organizations/{org}/assessments/{assessment}/plan": {
              "get": {
                "summary": "The action plan: gaps ordered with reasons",
                "operationId": "getPlan",
                "tags": [
                  "assessments"
                ],
                "responses": {
                  "200": {
                    "description": "The plan (text/csv with format=csv)",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Plan"
                        }
                      },
                      "text/csv": {
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/assessment"
                  },
                  {
                    "name": "format",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "enum": [
                        "json",
                        "csv"
                      ]
                    }
                  }
                ]
              }
            },
            "/api/v1/organizations/{org}/assessments/{assessment}/report": {
              "get": {
                "summary": "The printable executive report",
                "operationId": "getReport",
                "tags": [
                  "assessments"
                ],
                "responses": {
                  "200": {
                    "description": "HTML",
                    "content": {
                      "text/html": {
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/assessment"
                  }
                ]
              }
            },
            "/api/v1/organizations/{org}/assessments/{assessment}/compare/{other}": {
              "get": {
                "summary": "Compare with a later assessment of the same framework",
                "operationId": "compareAssessments",
                "tags": [
                  "assessments"
                ],
                "responses": {
                  "200": {
                    "description": "The comparison",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Comparison"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/assessment"
                  },
                  {
                    "$ref": "#/components/parameters/other"
                  }
                ]
              }
            },
            "/api/v1/directory": {
              "get": {
                "summary": "Free public services, training and reporting portals",
                "operationId": "listDirectory",
                "tags": [
                  "directory"
                ],
                "responses": {
                  "200": {
                    "description": "The directory",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "properties": {
                            "items": {
                              "type": "array",
                              "items": {
                                "$ref": "#/components/schemas/DirectoryEntry"
                              }
                            }
                          }
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/reporting-rules": {
              "get": {
                "summary": "Reporting rule sets in force here",
                "operationId": "listReportingRules",
                "tags": [
                  "incidents"
                ],
                "responses": {
                  "200": {
                    "description": "Rule sets",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "properties": {
                            "items": {
                              "type": "array",
                              "items": {
                                "type": "object"
                              }
                            }
                          }
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              },
              "post": {
                "summary": "Import reporting rule sets (site administrators): all files or none",
                "operationId": "importReportingRules",
                "tags": [
                  "incidents"
                ],
                "responses": {
                  "201": {
                    "description": "Imported",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Names"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable"
                  }
                },
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/CatalogFiles"
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/organizations/{org}/incidents": {
              "get": {
                "summary": "The organization's incidents",
                "operationId": "listIncidents",
                "tags": [
                  "incidents"
                ],
                "responses": {
                  "200": {
                    "description": "Incidents",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "properties": {
                            "items": {
                              "type": "array",
                              "items": {
                                "$ref": "#/components/schemas/Incident"
                              }
                            }
                          }
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  }
                ]
              },
              "post": {
                "summary": "Record an incident or tabletop exercise",
                "operationId": "createIncident",
                "tags": [
                  "incidents"
                ],
                "responses": {
                  "201": {
                    "description": "Recorded",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Incident"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/IncidentInput"
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/organizations/{org}/incidents/{incident}": {
              "get": {
                "summary": "An incident with its timeline, playbook and the reports due",
                "operationId": "getIncident",
                "tags": [
                  "incidents"
                ],
                "responses": {
                  "200": {
                    "description": "The incident",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/IncidentView"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/incident"
                  }
                ]
              },
              "put": {
                "summary": "Replace an incident's facts",
                "operationId": "updateIncident",
                "tags": [
                  "incidents"
                ],
                "responses": {
                  "200": {
                    "description": "Updated",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Incident"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/incident"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/IncidentInput"
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/organizations/{org}/incidents/{incident}/timeline": {
              "post": {
                "summary": "Add a timeline entry",
                "operationId": "addIncidentTimeline",
                "tags": [
                  "incidents"
                ],
                "responses": {
                  "201": {
                    "description": "Added"
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/incident"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "type": "object",
                        "properties": {
                          "text": {
                            "type": "string"
                          },
                          "at": {
                            "type": "string",
                            "format": "date-time"
                          }
                        },
                        "required": [
                          "text"
                        ]
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/organizations/{org}/incidents/{incident}/checklist/{step}": {
              "post": {
                "summary": "Tick or untick a playbook step",
                "operationId": "setIncidentStep",
                "tags": [
                  "incidents"
                ],
                "responses": {
                  "204": {
                    "description": "Saved"
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/incident"
                  },
                  {
                    "$ref": "#/components/parameters/step"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "type": "object",
                        "properties": {
                          "done": {
                            "type": "boolean"
                          }
                        },
                        "required": [
                          "done"
                        ]
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/organizations/{org}/incidents/{incident}/reports/{obligation}/filed": {
              "post": {
                "summary": "Record a report as filed",
                "operationId": "fileIncidentReport",
                "tags": [
                  "incidents"
                ],
                "responses": {
                  "204": {
                    "description": "Recorded"
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/incident"
                  },
                  {
                    "$ref": "#/components/parameters/obligation"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "type": "object",
                        "properties": {
                          "reference": {
                            "type": "string"
                          }
                        }
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/organizations/{org}/incidents/{incident}/reports/{obligation}/package": {
              "get": {
                "summary": "The prepared package of one report",
                "operationId": "getIncidentReportPackage",
                "tags": [
                  "incidents"
                ],
                "responses": {
                  "200": {
                    "description": "The package (text/plain with format=text)",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Obligation"
                        }
                      },
                      "text/plain": {
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/incident"
                  },
                  {
                    "$ref": "#/components/parameters/obligation"
                  },
                  {
                    "name": "format",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "enum": [
                        "json",
                        "text"
                      ]
                    }
                  }
                ]
              }
            },
            "/api/v1/organizations/{org}/training/modules": {
              "get": {
                "summary": "Training modules",
                "operationId": "listTrainingModules",
                "tags": [
                  "training"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Modules",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "properties": {
                            "items": {
                              "type": "array",
                              "items": {
                                "$ref": "#/components/schemas/TrainingModule"
                              }
                            }
                          }
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              },
              "post": {
                "summary": "Add or replace a training module",
                "operationId": "saveTrainingModule",
                "tags": [
                  "training"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  }
                ],
                "responses": {
                  "201": {
                    "description": "Saved",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/TrainingModule"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/TrainingModule"
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/organizations/{org}/training/records": {
              "post": {
                "summary": "Import completions from CSV (person,department,module,assigned_at,completed_at): all rows or none",
                "operationId": "importTrainingRecords",
                "tags": [
                  "training"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "name": "name",
                    "in": "query",
                    "required": false,
                    "description": "File name, for error messages",
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "responses": {
                  "201": {
                    "description": "Imported",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "properties": {
                            "imported": {
                              "type": "integer"
                            }
                          }
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "requestBody": {
                  "required": true,
                  "content": {
                    "text/csv": {
                      "schema": {
                        "type": "string"
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/organizations/{org}/training/phishing": {
              "post": {
                "summary": "Import phishing-simulation results from CSV (campaign,person,department,sent_at,clicked,reported): all rows or none",
                "operationId": "importPhishingResults",
                "tags": [
                  "training"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "name": "name",
                    "in": "query",
                    "required": false,
                    "description": "File name, for error messages",
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "responses": {
                  "201": {
                    "description": "Imported",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "properties": {
                            "imported": {
                              "type": "integer"
                            }
                          }
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                },
                "requestBody": {
                  "required": true,
                  "content": {
                    "text/csv": {
                      "schema": {
                        "type": "string"
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/organizations/{org}/training/rates": {
              "get": {
                "summary": "Completion and click rates per department and month",
                "operationId": "getTrainingRates",
                "tags": [
                  "training"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Rates",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/TrainingRates"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/organizations/{org}/incidents/{incident}/evidence": {
              "get": {
                "summary": "Files kept with an incident",
                "operationId": "listIncidentEvidence",
                "tags": [
                  "incidents"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/incident"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Files",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "properties": {
                            "items": {
                              "type": "array",
                              "items": {
                                "$ref": "#/components/schemas/IncidentEvidence"
                              }
                            }
                          }
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              },
              "post": {
                "summary": "Keep a file (the request body) with an incident; stored once under its SHA-256",
                "operationId": "uploadIncidentEvidence",
                "tags": [
                  "incidents"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/incident"
                  },
                  {
                    "name": "name",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/octet-stream": {
                      "schema": {
                        "type": "string",
                        "format": "binary"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "Kept",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/IncidentEvidence"
                        }
                      }
                    }
                  },
                  "413": {
                    "$ref": "#/components/responses/TooLarge"
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/organizations/{org}/incidents/{incident}/evidence/{evidence}": {
              "get": {
                "summary": "Download a file kept with an incident",
                "operationId": "downloadIncidentEvidence",
                "tags": [
                  "incidents"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/incident"
                  },
                  {
                    "$ref": "#/components/parameters/evidence"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The file, as an attachment",
                    "content": {
                      "application/octet-stream": {
                        "schema": {
                          "type": "string",
                          "format": "binary"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/organizations/{org}/assets": {
              "get": {
                "summary": "The asset inventory",
                "operationId": "listAssets",
                "tags": [
                  "inventory"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "name": "medical",
                    "in": "query",
                    "required": false,
                    "description": "true: only medical and likely medical devices",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "true",
                        "false"
                      ]
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Assets",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "properties": {
                            "items": {
                              "type": "array",
                              "items": {
                                "$ref": "#/components/schemas/Asset"
                              }
                            }
                          }
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/organizations/{org}/assets/{asset}": {
              "get": {
                "summary": "An asset with its history",
                "operationId": "getAsset",
                "tags": [
                  "inventory"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/asset"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The asset",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "properties": {
                            "asset": {
                              "$ref": "#/components/schemas/Asset"
                            },
                            "history": {
                              "type": "array",
                              "items": {
                                "type": "object"
                              }
                            }
                          }
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/organizations/{org}/imports/nmap": {
              "post": {
                "summary": "Import nmap XML (the request body): all hosts or, for a bad file, none; the same file twice changes nothing",
                "operationId": "importNmap",
                "tags": [
                  "inventory"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "name": "name",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/xml": {
                      "schema": {
                        "type": "string"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "Imported",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ImportResult"
                        }
                      }
                    }
                  },
                  "413": {
                    "$ref": "#/components/responses/TooLarge"
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/organizations/{org}/imports/nessus": {
              "post": {
                "summary": "Import a Nessus v2 export (the request body): hosts become assets, plugin results findings with their lifecycle; all or nothing",
                "operationId": "importNessus",
                "tags": [
                  "inventory"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "name": "name",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/xml": {
                      "schema": {
                        "type": "string"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "Imported",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/NessusImportResult"
                        }
                      }
                    }
                  },
                  "413": {
                    "$ref": "#/components/responses/TooLarge"
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/organizations/{org}/findings": {
              "get": {
                "summary": "A page of findings, oldest first",
                "operationId": "listFindings",
                "tags": [
                  "inventory"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "name": "status",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "enum": [
                        "open",
                        "closed",
                        "false_positive",
                        "risk_accepted",
                        "all"
                      ]
                    }
                  },
                  {
                    "name": "severity",
                    "in": "query",
                    "required": false,
                    "description": "Lowest severity shown",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "info",
                        "low",
                        "medium",
                        "high",
                        "critical"
                      ]
                    }
                  },
                  {
                    "name": "limit",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 500
                    }
                  },
                  {
                    "name": "offset",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "minimum": 0
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Findings",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "properties": {
                            "items": {
                              "type": "array",
                              "items": {
                                "$ref": "#/components/schemas/Finding"
                              }
                            }
                          }
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthenticated"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            }
          },
          "components": {
            "securitySchemes": {
              "bearerToken": {
                "type": "http",
                "scheme": "bearer",
                "description": "An API token made under API tokens in the web UI or with POST /api/v1/organizations/{org}/tokens"
              },
              "sessionCookie": {
                "type": "apiKey",
                "in": "cookie",
                "name": "ward_session"
              }
            },
            "parameters": {
              "org": {
                "name": "org",
                "in": "path",
                "required": true,
                "description": "Organization identifier",
                "schema": {
                  "type": "string",
                  "format": "uuid"
                }
              },
              "user": {
                "name": "user",
                "in": "path",
                "required": true,
                "description": "User identifier",
                "schema": {
                  "type": "string",
                  "format": "uuid"
                }
              },
              "token": {
                "name": "token",
                "in": "path",
                "required": true,
                "description": "API token identifier",
                "schema": {
                  "type": "string",
                  "format": "uuid"
                }
              },
              "entry": {
                "name": "entry",
                "in": "path",
                "required": true,
                "description": "Scope entry identifier",
                "schema": {
                  "type": "string",
                  "format": "uuid"
                }
              },
              "window": {
                "name": "window",
                "in": "path",
                "required": true,
                "description": "Scan window identifier",
                "schema": {
                  "type": "string",
                  "format": "uuid"
                }
              },
              "assessment": {
                "name": "assessment",
                "in": "path",
                "required": true,
                "description": "Assessment identifier",
                "schema": {
                  "type": "string",
                  "format": "uuid"
                }
              },
              "other": {
                "name": "other",
                "in": "path",
                "required": true,
                "description": "Identifier of the later assessment",
                "schema": {
                  "type": "string",
                  "format": "uuid"
                }
              },
              "evidence": {
                "name": "evidence",
                "in": "path",
                "required": true,
                "description": "Evidence identifier",
                "schema": {
                  "type": "string",
                  "format": "uuid"
                }
              },
              "requirement": {
                "name": "requirement",
                "in": "path",
                "required": true,
                "description": "Requirement id in the assessed framework, such as 1.S.A",
                "schema": {
                  "type": "string"
                }
              },
              "framework": {
                "name": "framework",
                "in": "path",
                "required": true,
                "description": "Framework id, optionally with @edition (hicp, hicp@2018)",
                "schema": {
                  "type": "string"
                }
              },
              "incident": {
                "name": "incident",
                "in": "path",
                "required": true,
                "description": "Incident identifier",
                "schema": {
                  "type": "string",
                  "format": "uuid"
                }
              },
              "step": {
                "name": "step",
                "in": "path",
                "required": true,
                "description": "Playbook step id",
                "schema": {
                  "type": "string"
                }
              },
              "obligation": {
                "name": "obligation",
                "in": "path",
                "required": true,
                "description": "Report id, such as us-federal:hipaa-individual-notice",
                "schema": {
                  "type": "string"
                }
              },
              "asset": {
                "name": "asset",
                "in": "path",
                "required": true,
                "description": "Asset identifier",
                "schema": {
                  "type": "string",
                  "format": "uuid"
                }
              }
            },
            "responses": {
              "BadRequest": {
                "description": "Invalid input; error.field names the field",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "Unauthenticated": {
                "description": "Not signed in, or the token is not valid",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "Forbidden": {
                "description": "The caller's role does not allow this",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "NotFound": {
                "description": "No such object in an organization the caller belongs to",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "Conflict": {
                "description": "The change conflicts: the answer is signed off (locked) or someone else changed it first",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "Unprocessable": {
                "description": "Well-formed but does not fit: a requirement outside the framework or tier, or catalog problems with file, line and field",
                "content": {
                  "application/json": {
                    "schema": {
                      "type": "object"
                    }
                  }
                }
              },
              "TooLarge": {
                "description": "The file is larger than Ward accepts",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              }
            },
            "schemas": {
              "Error": {
                "type": "object",
                "required": [
                  "error"
                ],
                "properties": {
                  "error": {
                    "type": "object",
                    "required": [
                      "code",
                      "message"
                    ],
                    "properties": {
                      "code": {
                        "type": "string"
                      },
                      "message": {
                        "type": "string"
                      },
                      "field": {
                        "type": "string"
                      }
                    }
                  }
                }
              },
              "Role": {
                "type": "string",
                "enum": [
                  "owner",
                  "admin",
                  "analyst",
                  "viewer",
                  "auditor"
                ]
              },
              "OrganizationKind": {
                "type": "string",
                "enum": [
                  "hospital",
                  "clinic",
                  "health_system",
                  "public_health_agency",
                  "laboratory",
                  "pharmacy",
                  "payer",
                  "vendor",
                  "other"
                ]
              },
              "SizeTier": {
                "type": "string",
                "enum": [
                  "small",
                  "medium",
                  "large"
                ]
              },
              "Organization": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "name": {
                    "type": "string"
                  },
                  "kind": {
                    "$ref": "#/components/schemas/OrganizationKind"
                  },
                  "sizeTier": {
                    "$ref": "#/components/schemas/SizeTier"
                  },
                  "parentID": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "createdAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "role": {
                    "$ref": "#/components/schemas/Role"
                  }
                },
                "required": [
                  "id",
                  "name",
                  "kind",
                  "sizeTier",
                  "createdAt"
                ]
              },
              "CreateOrganization": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string"
                  },
                  "kind": {
                    "$ref": "#/components/schemas/OrganizationKind"
                  },
                  "sizeTier": {
                    "$ref": "#/components/schemas/SizeTier"
                  },
                  "parentID": {
                    "type": "string",
                    "format": "uuid"
                  }
                },
                "required": [
                  "name"
                ]
              },
              "UpdateOrganization": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string"
                  },
                  "kind": {
                    "$ref": "#/components/schemas/OrganizationKind"
                  },
                  "sizeTier": {
                    "$ref": "#/components/schemas/SizeTier"
                  },
                  "parentID": {
                    "type": "string",
                    "format": "uuid"
                  }
                }
              },
              "User": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "email": {
                    "type": "string"
                  },
                  "displayName": {
                    "type": "string"
                  },
                  "isSiteAdministrator": {
                    "type": "boolean"
                  },
                  "totpEnabled": {
                    "type": "boolean"
                  }
                },
                "required": [
                  "id",
                  "email",
                  "displayName"
                ]
              },
              "Me": {
                "type": "object",
                "properties": {
                  "user": {
                    "$ref": "#/components/schemas/User"
                  },
                  "token": {
                    "$ref": "#/components/schemas/Token"
                  },
                  "organizations": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Organization"
                    }
                  }
                },
                "required": [
                  "organizations"
                ]
              },
              "Member": {
                "type": "object",
                "properties": {
                  "userID": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "email": {
                    "type": "string"
                  },
                  "displayName": {
                    "type": "string"
                  },
                  "role": {
                    "$ref": "#/components/schemas/Role"
                  },
                  "since": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "activationLink": {
                    "type": "string",
                    "description": "Present when the account was created by this call: a one-time link to set a password."
                  }
                },
                "required": [
                  "userID",
                  "email",
                  "role"
                ]
              },
              "AddMember": {
                "type": "object",
                "properties": {
                  "email": {
                    "type": "string"
                  },
                  "displayName": {
                    "type": "string"
                  },
                  "role": {
                    "$ref": "#/components/schemas/Role"
                  }
                },
                "required": [
                  "email",
                  "role"
                ]
              },
              "ChangeRole": {
                "type": "object",
                "properties": {
                  "role": {
                    "$ref": "#/components/schemas/Role"
                  }
                },
                "required": [
                  "role"
                ]
              },
              "Token": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "name": {
                    "type": "string"
                  },
                  "role": {
                    "$ref": "#/components/schemas/Role"
                  },
                  "prefix": {
                    "type": "string"
                  },
                  "createdAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "expiresAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "lastUsedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "revokedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "secret": {
                    "type": "string",
                    "description": "Only in the response that creates the token."
                  }
                },
                "required": [
                  "id",
                  "name",
                  "role",
                  "prefix",
                  "createdAt"
                ]
              },
              "CreateToken": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string"
                  },
                  "role": {
                    "$ref": "#/components/schemas/Role"
                  },
                  "expiresInDays": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 3650
                  }
                },
                "required": [
                  "name",
                  "role"
                ]
              },
              "ScopeEntry": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "kind": {
                    "type": "string",
                    "enum": [
                      "include",
                      "exclude"
                    ]
                  },
                  "target": {
                    "type": "string"
                  },
                  "note": {
                    "type": "string"
                  },
                  "createdAt": {
                    "type": "string",
                    "format": "date-time"
                  }
                },
                "required": [
                  "id",
                  "kind",
                  "target"
                ]
              },
              "AddScopeEntry": {
                "type": "object",
                "properties": {
                  "kind": {
                    "type": "string",
                    "enum": [
                      "include",
                      "exclude"
                    ]
                  },
                  "target": {
                    "type": "string",
                    "description": "A block (10.0.0.0/8, fd00::/8), an address, a range (10.0.0.1-10.0.0.50) or a host name (ehr.clinic.example, *.clinic.example)"
                  },
                  "note": {
                    "type": "string"
                  }
                },
                "required": [
                  "kind",
                  "target"
                ]
              },
              "ScanWindow": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "window": {
                    "type": "string",
                    "examples": [
                      "mon-fri 22:00-05:00 America/Chicago"
                    ]
                  },
                  "createdAt": {
                    "type": "string",
                    "format": "date-time"
                  }
                },
                "required": [
                  "id",
                  "window"
                ]
              },
              "AddScanWindow": {
                "type": "object",
                "properties": {
                  "window": {
                    "type": "string",
                    "examples": [
                      "sat,sun 00:00-24:00 UTC"
                    ]
                  }
                },
                "required": [
                  "window"
                ]
              },
              "Scope": {
                "type": "object",
                "properties": {
                  "entries": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/ScopeEntry"
                    }
                  },
                  "windows": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/ScanWindow"
                    }
                  }
                },
                "required": [
                  "entries",
                  "windows"
                ]
              },
              "CheckScope": {
                "type": "object",
                "properties": {
                  "target": {
                    "type": "string"
                  },
                  "at": {
                    "type": "string",
                    "format": "date-time"
                  }
                },
                "required": [
                  "target"
                ]
              },
              "ScopeCheck": {
                "type": "object",
                "properties": {
                  "target": {
                    "type": "string"
                  },
                  "allowed": {
                    "type": "boolean"
                  },
                  "reason": {
                    "type": "string"
                  }
                },
                "required": [
                  "target",
                  "allowed",
                  "reason"
                ]
              },
              "AuditEvent": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "occurredAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "actor": {
                    "type": "string"
                  },
                  "action": {
                    "type": "string"
                  },
                  "target": {
                    "type": "string"
                  },
                  "outcome": {
                    "type": "string",
                    "enum": [
                      "success",
                      "failure"
                    ]
                  },
                  "sourceAddress": {
                    "type": "string"
                  },
                  "details": {
                    "type": "object",
                    "additionalProperties": {
                      "type": "string"
                    }
                  }
                },
                "required": [
                  "id",
                  "occurredAt",
                  "actor",
                  "action",
                  "outcome"
                ]
              },
              "AnswerStatus": {
                "type": "string",
                "enum": [
                  "implemented",
                  "partial",
                  "planned",
                  "not_implemented",
                  "not_applicable"
                ]
              },
              "Answer": {
                "type": "object",
                "properties": {
                  "requirementID": {
                    "type": "string"
                  },
                  "status": {
                    "$ref": "#/components/schemas/AnswerStatus"
                  },
                  "maturity": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "minimum": 0,
                    "maximum": 5
                  },
                  "notes": {
                    "type": "string"
                  },
                  "notApplicableReason": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "owner": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "dueDate": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date"
                  },
                  "markedForReview": {
                    "type": "boolean"
                  },
                  "version": {
                    "type": "integer"
                  },
                  "updatedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "updatedBy": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "signedBy": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "signedAt": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date-time"
                  }
                },
                "required": [
                  "requirementID",
                  "status",
                  "version"
                ]
              },
              "AnswerInput": {
                "type": "object",
                "properties": {
                  "status": {
                    "$ref": "#/components/schemas/AnswerStatus"
                  },
                  "maturity": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 5
                  },
                  "notes": {
                    "type": "string"
                  },
                  "notApplicableReason": {
                    "type": "string"
                  },
                  "owner": {
                    "type": "string"
                  },
                  "dueDate": {
                    "type": "string",
                    "format": "date"
                  },
                  "markedForReview": {
                    "type": "boolean"
                  },
                  "expectedVersion": {
                    "type": "integer",
                    "description": "The version you saw (0 when there was no answer); a stale version gets 409 and nothing is overwritten"
                  }
                },
                "required": [
                  "status"
                ]
              },
              "AnswerInputWithRequirement": {
                "type": "object",
                "properties": {
                  "status": {
                    "$ref": "#/components/schemas/AnswerStatus"
                  },
                  "maturity": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 5
                  },
                  "notes": {
                    "type": "string"
                  },
                  "notApplicableReason": {
                    "type": "string"
                  },
                  "owner": {
                    "type": "string"
                  },
                  "dueDate": {
                    "type": "string",
                    "format": "date"
                  },
                  "markedForReview": {
                    "type": "boolean"
                  },
                  "expectedVersion": {
                    "type": "integer",
                    "description": "The version you saw (0 when there was no answer); a stale version gets 409 and nothing is overwritten"
                  },
                  "requirementID": {
                    "type": "string"
                  }
                },
                "required": [
                  "requirementID",
                  "status"
                ]
              },
              "SizeQuestionnaire": {
                "type": "object",
                "properties": {
                  "providers": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "beds": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "workforce": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "itStaff": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "securityStaff": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "itAssets": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "outsourcedIT": {
                    "type": "boolean"
                  }
                }
              },
              "SizeSuggestion": {
                "type": "object",
                "properties": {
                  "tier": {
                    "$ref": "#/components/schemas/SizeTier"
                  },
                  "reasons": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  }
                },
                "required": [
                  "tier",
                  "reasons"
                ]
              },
              "Assessment": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "organizationID": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "title": {
                    "type": "string"
                  },
                  "frameworkID": {
                    "type": "string"
                  },
                  "frameworkEdition": {
                    "type": "string"
                  },
                  "tier": {
                    "$ref": "#/components/schemas/SizeTier"
                  },
                  "tierRationale": {
                    "type": "string"
                  },
                  "createdAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "createdBy": {
                    "type": [
                      "string",
                      "null"
                    ]
                  }
                },
                "required": [
                  "id",
                  "organizationID",
                  "title",
                  "frameworkID",
                  "frameworkEdition",
                  "tier"
                ]
              },
              "CreateAssessment": {
                "type": "object",
                "properties": {
                  "framework": {
                    "type": "string",
                    "description": "hicp (newest complete edition) or hicp@2018; default hicp"
                  },
                  "tier": {
                    "$ref": "#/components/schemas/SizeTier"
                  },
                  "title": {
                    "type": "string"
                  },
                  "questionnaire": {
                    "$ref": "#/components/schemas/SizeQuestionnaire"
                  }
                }
              },
              "Scores": {
                "type": "object",
                "description": "Scores per group, threat and overall (0-100), progress, and coverage of every crosswalked framework with the path of each requirement reached",
                "properties": {
                  "assessment": {
                    "$ref": "#/components/schemas/Assessment"
                  },
                  "framework": {
                    "type": "string"
                  },
                  "tier": {
                    "type": "string"
                  },
                  "applicable": {
                    "type": "integer"
                  },
                  "answered": {
                    "type": "integer"
                  },
                  "notApplicable": {
                    "type": "integer"
                  },
                  "progress": {
                    "type": "number"
                  },
                  "overall": {
                    "type": [
                      "number",
                      "null"
                    ]
                  },
                  "averageMaturity": {
                    "type": [
                      "number",
                      "null"
                    ]
                  },
                  "groups": {
                    "type": "array",
                    "items": {
                      "type": "object"
                    }
                  },
                  "threats": {
                    "type": "array",
                    "items": {
                      "type": "object"
                    }
                  },
                  "coverage": {
                    "type": "array",
                    "items": {
                      "type": "object"
                    }
                  }
                }
              },
              "Plan": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "type": "object"
                    }
                  },
                  "unanswered": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  }
                }
              },
              "Comparison": {
                "type": "object",
                "description": "Improved, regressed and unchanged requirements and score deltas"
              },
              "Evidence": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "requirementID": {
                    "type": "string"
                  },
                  "kind": {
                    "type": "string",
                    "enum": [
                      "file",
                      "link"
                    ]
                  },
                  "title": {
                    "type": "string"
                  },
                  "sha256": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "mediaType": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "sizeBytes": {
                    "type": [
                      "integer",
                      "null"
                    ]
                  },
                  "url": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "addedBy": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "addedAt": {
                    "type": "string",
                    "format": "date-time"
                  }
                },
                "required": [
                  "id",
                  "requirementID",
                  "kind",
                  "title"
                ]
              },
              "EvidenceLink": {
                "type": "object",
                "properties": {
                  "url": {
                    "type": "string",
                    "format": "uri"
                  },
                  "title": {
                    "type": "string"
                  }
                },
                "required": [
                  "url"
                ]
              },
              "HistoryEntry": {
                "type": "object",
                "properties": {
                  "requirementID": {
                    "type": "string"
                  },
                  "version": {
                    "type": "integer"
                  },
                  "action": {
                    "type": "string",
                    "enum": [
                      "answered",
                      "signed",
                      "reopened",
                      "evidence_added"
                    ]
                  },
                  "answer": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Answer"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "changedBy": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "changedAt": {
                    "type": "string",
                    "format": "date-time"
                  }
                }
              },
              "FrameworkLibrary": {
                "type": "object",
                "properties": {
                  "frameworks": {
                    "type": "array",
                    "items": {
                      "type": "object"
                    }
                  },
                  "crosswalks": {
                    "type": "array",
                    "items": {
                      "type": "object"
                    }
                  }
                }
              },
              "FrameworkDetail": {
                "type": "object",
                "description": "A framework with its requirement tree"
              },
              "CatalogFiles": {
                "type": "object",
                "properties": {
                  "files": {
                    "type": "array",
                    "minItems": 1,
                    "items": {
                      "type": "object",
                      "properties": {
                        "name": {
                          "type": "string"
                        },
                        "content": {
                          "type": "string",
                          "description": "The file's JSON text (docs/frameworks.md)"
                        }
                      },
                      "required": [
                        "name",
                        "content"
                      ]
                    }
                  }
                },
                "required": [
                  "files"
                ]
              },
              "Names": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  }
                }
              },
              "IncidentKind": {
                "type": "string",
                "enum": [
                  "ransomware",
                  "phishing",
                  "lost_device",
                  "insider",
                  "medical_device",
                  "other"
                ]
              },
              "IncidentStatus": {
                "type": "string",
                "enum": [
                  "open",
                  "contained",
                  "closed"
                ]
              },
              "IncidentInput": {
                "type": "object",
                "properties": {
                  "title": {
                    "type": "string"
                  },
                  "kind": {
                    "$ref": "#/components/schemas/IncidentKind"
                  },
                  "status": {
                    "$ref": "#/components/schemas/IncidentStatus"
                  },
                  "isExercise": {
                    "type": "boolean"
                  },
                  "summary": {
                    "type": "string"
                  },
                  "occurredAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "discoveredAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "timeZone": {
                    "type": "string",
                    "description": "IANA time zone for calendar-day deadlines"
                  },
                  "affectedSystems": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "phiInvolved": {
                    "type": "boolean"
                  },
                  "individualsAffected": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "statesAffected": {
                    "type": "object",
                    "additionalProperties": {
                      "type": "integer",
                      "minimum": 0
                    }
                  },
                  "ransomDemanded": {
                    "type": "boolean"
                  },
                  "ransomPaid": {
                    "type": "boolean"
                  },
                  "ransomPaidAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "coveredIncident": {
                    "type": "boolean"
                  },
                  "patientCareImpact": {
                    "type": "boolean"
                  },
                  "diversion": {
                    "type": "boolean"
                  },
                  "downtimeProcedures": {
                    "type": "boolean"
                  },
                  "people": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "contactName": {
                    "type": "string"
                  },
                  "contactEmail": {
                    "type": "string"
                  }
                },
                "required": [
                  "title",
                  "kind",
                  "discoveredAt"
                ]
              },
              "Incident": {
                "type": "object",
                "properties": {
                  "title": {
                    "type": "string"
                  },
                  "kind": {
                    "$ref": "#/components/schemas/IncidentKind"
                  },
                  "status": {
                    "$ref": "#/components/schemas/IncidentStatus"
                  },
                  "isExercise": {
                    "type": "boolean"
                  },
                  "summary": {
                    "type": "string"
                  },
                  "occurredAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "discoveredAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "timeZone": {
                    "type": "string",
                    "description": "IANA time zone for calendar-day deadlines"
                  },
                  "affectedSystems": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "phiInvolved": {
                    "type": "boolean"
                  },
                  "individualsAffected": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "statesAffected": {
                    "type": "object",
                    "additionalProperties": {
                      "type": "integer",
                      "minimum": 0
                    }
                  },
                  "ransomDemanded": {
                    "type": "boolean"
                  },
                  "ransomPaid": {
                    "type": "boolean"
                  },
                  "ransomPaidAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "coveredIncident": {
                    "type": "boolean"
                  },
                  "patientCareImpact": {
                    "type": "boolean"
                  },
                  "diversion": {
                    "type": "boolean"
                  },
                  "downtimeProcedures": {
                    "type": "boolean"
                  },
                  "people": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "contactName": {
                    "type": "string"
                  },
                  "contactEmail": {
                    "type": "string"
                  },
                  "id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "organizationID": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "createdAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "closedAt": {
                    "type": "string",
                    "format": "date-time"
                  }
                },
                "required": [
                  "id",
                  "title",
                  "kind",
                  "status",
                  "discoveredAt"
                ]
              },
              "Obligation": {
                "type": "object",
                "description": "A report the incident makes due: recipient, legal status, due time, countdown, state and the prepared package",
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "title": {
                    "type": "string"
                  },
                  "recipient": {
                    "type": "string"
                  },
                  "legalStatus": {
                    "type": "string",
                    "enum": [
                      "in-force",
                      "proposed",
                      "voluntary"
                    ]
                  },
                  "dueAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "due": {
                    "type": "string"
                  },
                  "countdown": {
                    "type": "string"
                  },
                  "state": {
                    "type": "string",
                    "enum": [
                      "due",
                      "overdue",
                      "filed",
                      "waiting"
                    ]
                  },
                  "package": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "label": {
                          "type": "string"
                        },
                        "value": {
                          "type": "string"
                        },
                        "help": {
                          "type": "string"
                        }
                      }
                    }
                  }
                }
              },
              "IncidentView": {
                "type": "object",
                "properties": {
                  "incident": {
                    "$ref": "#/components/schemas/Incident"
                  },
                  "timeline": {
                    "type": "array",
                    "items": {
                      "type": "object"
                    }
                  },
                  "playbook": {
                    "type": "object"
                  },
                  "obligations": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Obligation"
                    }
                  }
                }
              },
              "DirectoryEntry": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "title": {
                    "type": "string"
                  },
                  "provider": {
                    "type": "string"
                  },
                  "kind": {
                    "type": "string"
                  },
                  "url": {
                    "type": "string"
                  },
                  "summary": {
                    "type": "string"
                  },
                  "cost": {
                    "type": "string"
                  },
                  "hicp": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "cpg": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "sizes": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/SizeTier"
                    }
                  },
                  "date": {
                    "type": "string"
                  },
                  "source": {
                    "type": "string"
                  }
                }
              },
              "TrainingModule": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "title": {
                    "type": "string"
                  },
                  "topic": {
                    "type": "string"
                  },
                  "hicpPractice": {
                    "type": "string"
                  },
                  "cpgGoal": {
                    "type": "string"
                  },
                  "minutes": {
                    "type": "integer",
                    "minimum": 1
                  }
                },
                "required": [
                  "id",
                  "title",
                  "topic",
                  "minutes"
                ]
              },
              "TrainingRates": {
                "type": "object",
                "description": "Completion and click rates per department and month, and totals"
              },
              "IncidentEvidence": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "title": {
                    "type": "string"
                  },
                  "sha256": {
                    "type": "string"
                  },
                  "mediaType": {
                    "type": "string"
                  },
                  "sizeBytes": {
                    "type": "integer"
                  },
                  "addedBy": {
                    "type": "string"
                  },
                  "addedAt": {
                    "type": "string",
                    "format": "date-time"
                  }
                }
              },
              "Asset": {
                "type": "object",
                "description": "An asset: addresses, MACs, host names, interface maker, open services with CPEs, medical-device facts",
                "properties": {
                  "id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "name": {
                    "type": "string"
                  },
                  "addresses": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "macs": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "hostnames": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "interfaceVendor": {
                    "type": "string"
                  },
                  "likelyMedical": {
                    "type": "boolean"
                  },
                  "medical": {
                    "type": "object"
                  }
                }
              },
              "ImportResult": {
                "type": "object",
                "properties": {
                  "hostsRead": {
                    "type": "integer"
                  },
                  "created": {
                    "type": "integer"
                  },
                  "updated": {
                    "type": "integer"
                  },
                  "unchanged": {
                    "type": "integer"
                  },
                  "scanFinished": {
                    "type": "boolean"
                  }
                }
              },
              "Finding": {
                "type": "object",
                "description": "A finding with its lifecycle state, remediation due date and whether it is overdue",
                "properties": {
                  "finding": {
                    "type": "object"
                  },
                  "dueAt": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date-time"
                  },
                  "overdue": {
                    "type": "boolean"
                  },
                  "kind": {
                    "type": "string",
                    "enum": [
                      "vulnerability",
                      "exposure",
                      "configuration",
                      "medical_device"
                    ]
                  },
                  "help": {
                    "type": "array",
                    "description": "Free help from the directory for this kind of finding",
                    "items": {
                      "$ref": "#/components/schemas/DirectoryEntry"
                    }
                  }
                }
              },
              "NessusImportResult": {
                "type": "object",
                "properties": {
                  "hostsRead": {
                    "type": "integer"
                  },
                  "assetsCreated": {
                    "type": "integer"
                  },
                  "assetsUpdated": {
                    "type": "integer"
                  },
                  "findingsOpened": {
                    "type": "integer"
                  },
                  "findingsReopened": {
                    "type": "integer"
                  },
                  "findingsClosed": {
                    "type": "integer"
                  },
                  "findingsSeen": {
                    "type": "integer"
                  }
                }
              }
            }
          }
        }
        """#
}
