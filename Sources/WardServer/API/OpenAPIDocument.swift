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
            },
            {
              "name": "scanning"
            },
            {
              "name": "agent"
            },
            {
              "name": "intel",
              "description": "SBOMs of assets, vulnerability matches and alerts"
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
                "summary": "The asset inventory, as JSON or as a CSV file that the CSV import reads back",
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
                  },
                  {
                    "name": "limit",
                    "in": "query",
                    "required": false,
                    "description": "JSON only: at most this many assets (1–5000), in name order; without it, all of them",
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 5000
                    }
                  },
                  {
                    "name": "offset",
                    "in": "query",
                    "required": false,
                    "description": "JSON only, with limit: skip this many assets first",
                    "schema": {
                      "type": "integer",
                      "minimum": 0
                    }
                  },
                  {
                    "name": "format",
                    "in": "query",
                    "required": false,
                    "description": "csv: the inventory as a CSV attachment (assets.csv) in the CSV import's columns",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "json",
                        "csv"
                      ]
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Assets (JSON, or CSV with format=csv)",
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
                                "$ref": "#/components/schemas/AssetChange"
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
              "patch": {
                "summary": "Edit an asset by hand: name, owner, tags, medical-device details, MDS2 summary, SBOM link; recorded in its history",
                "operationId": "editAsset",
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
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/AssetEdit"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The asset as changed",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Asset"
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
            "/api/v1/organizations/{org}/imports/openvas": {
              "post": {
                "summary": "Import a Greenbone (GVM / OpenVAS) XML report (the request body): hosts become assets, results of low severity and above findings with their lifecycle; all or nothing",
                "operationId": "importOpenVAS",
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
                    "description": "File name, for error messages and the asset history",
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
                          "$ref": "#/components/schemas/OpenVASImportResult"
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
            "/api/v1/organizations/{org}/imports/csv": {
              "post": {
                "summary": "Import assets from CSV (the request body, first row the header); every row is checked and one bad row imports nothing",
                "operationId": "importAssetCSV",
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
                    "description": "File name, for error messages and the asset history",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "mapping",
                    "in": "query",
                    "required": false,
                    "description": "Columns for fields whose header is not the field's name, as field=Header pairs separated by commas, such as name=Device Name,addresses=IP. Fields: name, addresses, macs, hostnames, operating_system, owner, tags, manufacturer, model, serial, firmware, device_type, clinical_function, location, department, network_segment, clinical_criticality, stores_phi, transmits_phi, end_of_support, vendor_remote_access",
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "text/csv": {
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
                          "$ref": "#/components/schemas/CSVImportResult"
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
            },
            "/api/v1/organizations/{org}/findings/{finding}": {
              "get": {
                "summary": "A finding with its events and remediation due date",
                "operationId": "getFinding",
                "tags": [
                  "inventory"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/finding"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The finding",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/FindingDetail"
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
            "/api/v1/organizations/{org}/findings/{finding}/false-positive": {
              "post": {
                "summary": "Mark a finding a false positive, with a reason, until an expiry; audited",
                "operationId": "markFalsePositive",
                "tags": [
                  "inventory"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/finding"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/MarkFalsePositive"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The finding as changed",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/FindingRecord"
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
            "/api/v1/organizations/{org}/findings/{finding}/accept": {
              "post": {
                "summary": "Accept the risk of a finding: approver, expiry and compensating controls are required; audited",
                "operationId": "acceptRisk",
                "tags": [
                  "inventory"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/finding"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/AcceptRisk"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The finding as changed",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/FindingRecord"
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
            "/api/v1/organizations/{org}/findings/{finding}/reopen": {
              "post": {
                "summary": "Reopen a finding by hand (withdraw a false-positive mark or risk acceptance, or a closed finding known to be back); its clock keeps its first-seen date",
                "operationId": "reopenFinding",
                "tags": [
                  "inventory"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/finding"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/ReopenFinding"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The finding as changed",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/FindingRecord"
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
            "/api/v1/organizations/{org}/remediation": {
              "get": {
                "summary": "Remediation clocks and figures: the policy, the current figures and the weekly snapshots",
                "operationId": "getRemediation",
                "tags": [
                  "inventory"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Remediation",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Remediation"
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
            "/api/v1/organizations/{org}/remediation/policy": {
              "put": {
                "summary": "Set the organization's remediation clocks; audited",
                "operationId": "putRemediationPolicy",
                "tags": [
                  "inventory"
                ],
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
                        "$ref": "#/components/schemas/RemediationPolicy"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The policy as set",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/RemediationPolicy"
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
            "/api/v1/organizations/{org}/rescan": {
              "get": {
                "summary": "Rescan settings: on or off, the risk-based cadence, the safety profile and the ports",
                "operationId": "getRescanSettings",
                "tags": [
                  "scanning"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The settings (the defaults, rescanning off, until set)",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/RescanSettings"
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
              "put": {
                "summary": "Set the rescan settings; audited",
                "operationId": "putRescanSettings",
                "tags": [
                  "scanning"
                ],
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
                        "$ref": "#/components/schemas/RescanSettings"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The settings as set",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/RescanSettings"
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
            "/api/v1/organizations/{org}/scan-jobs": {
              "get": {
                "summary": "Scan jobs, by due time",
                "operationId": "listScanJobs",
                "tags": [
                  "scanning"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "name": "state",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "$ref": "#/components/schemas/ScanJobState"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Scan jobs",
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
                                "$ref": "#/components/schemas/ScanJob"
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
            "/api/v1/organizations/{org}/scan-jobs/plan": {
              "post": {
                "summary": "Queue the next scan of every host in scope now, when rescanning is on (the scheduler does this by itself)",
                "operationId": "planScanJobs",
                "tags": [
                  "scanning"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Planned",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/PlanResult"
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
            "/api/v1/organizations/{org}/agents": {
              "get": {
                "summary": "Scan agents (without tokens)",
                "operationId": "listAgents",
                "tags": [
                  "scanning"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Scan agents",
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
                                "$ref": "#/components/schemas/ScanAgent"
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
                "summary": "Create a scan agent for a network segment; its token is in this response only",
                "operationId": "createAgent",
                "tags": [
                  "scanning"
                ],
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
                        "$ref": "#/components/schemas/CreateAgent"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "Created",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CreatedAgent"
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
            "/api/v1/organizations/{org}/agents/{agent}": {
              "delete": {
                "summary": "Revoke a scan agent's token",
                "operationId": "revokeAgent",
                "tags": [
                  "scanning"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/agent"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Revoked",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ScanAgent"
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
            "/api/v1/agent/jobs": {
              "get": {
                "summary": "Claim the agent's due jobs (scan agents only); jobs outside the scope or the agent's segment are withdrawn, not handed out",
                "operationId": "claimAgentJobs",
                "tags": [
                  "agent"
                ],
                "security": [
                  {
                    "agentToken": []
                  }
                ],
                "parameters": [
                  {
                    "name": "limit",
                    "in": "query",
                    "required": false,
                    "description": "At most this many jobs",
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "default": 8
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Claimed jobs, now running for this agent",
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
                                "$ref": "#/components/schemas/ScanJob"
                              }
                            }
                          }
                        }
                      }
                    }
                  },
                  "401": {
                    "description": "No agent token, or it is not valid or was revoked (API tokens and sessions do not open this)",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Error"
                        }
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/agent/jobs/{job}/results": {
              "post": {
                "summary": "Report what the scan of a claimed job saw (scan agents only); open ports fold into the asset and the job finishes",
                "operationId": "submitAgentResults",
                "tags": [
                  "agent"
                ],
                "security": [
                  {
                    "agentToken": []
                  }
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/job"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/AgentResults"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The finished job",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ScanJob"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "description": "No agent token, or it is not valid or was revoked (API tokens and sessions do not open this)",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Error"
                        }
                      }
                    }
                  },
                  "403": {
                    "description": "Results refused and written to the audit log: the address is not the job's, or is outside the agent's segment or the organization's scope",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Error"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "No such job in the agent's organization",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Error"
                        }
                      }
                    }
                  },
                  "409": {
                    "description": "The job is not running for this agent",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Error"
                        }
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/organizations/{org}/assets/{asset}/sbom": {
              "post": {
                "summary": "Attach a software bill of materials to an asset (replaces the one it had)",
                "operationId": "importAssetSBOM",
                "tags": [
                  "intel"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/asset"
                  },
                  {
                    "name": "name",
                    "in": "query",
                    "required": false,
                    "description": "The file's name, for errors and the history",
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "requestBody": {
                  "required": true,
                  "description": "CycloneDX (JSON or XML) or SPDX (JSON or tag-value), at most 64 MiB",
                  "content": {
                    "application/json": {
                      "schema": {
                        "type": "object"
                      }
                    },
                    "application/xml": {
                      "schema": {
                        "type": "string"
                      }
                    },
                    "text/plain": {
                      "schema": {
                        "type": "string"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "Attached",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/AssetSBOM"
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
                  }
                }
              }
            },
            "/api/v1/organizations/{org}/intel/matches": {
              "get": {
                "summary": "Vulnerabilities that affect the organization's assets and SBOM components, most urgent first, with reasons",
                "operationId": "listIntelMatches",
                "tags": [
                  "intel"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "name": "all",
                    "in": "query",
                    "required": false,
                    "description": "true: also matches a VEX statement suppresses",
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
                    "description": "Matches",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "properties": {
                            "items": {
                              "type": "array",
                              "items": {
                                "$ref": "#/components/schemas/VulnerabilityMatch"
                              }
                            }
                          }
                        }
                      }
                    }
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
            "/api/v1/organizations/{org}/alerts": {
              "get": {
                "summary": "Alerts: one per vulnerability, with every match and source",
                "operationId": "listAlerts",
                "tags": [
                  "intel"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "name": "state",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "enum": [
                        "active",
                        "suppressed",
                        "resolved",
                        "all"
                      ]
                    }
                  },
                  {
                    "name": "vendor",
                    "in": "query",
                    "required": false,
                    "description": "Vendor name; spellings are normalised",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "asset",
                    "in": "query",
                    "required": false,
                    "description": "Part of an affected asset's name",
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Alerts",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "properties": {
                            "items": {
                              "type": "array",
                              "items": {
                                "$ref": "#/components/schemas/Alert"
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
            "/api/v1/organizations/{org}/alerts/refresh": {
              "post": {
                "summary": "Match the stored feeds again: raise, keep, suppress and resolve alerts, and notify the subscriptions",
                "operationId": "refreshAlerts",
                "tags": [
                  "intel"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "What the refresh did",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/AlertRefresh"
                        }
                      }
                    }
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
            "/api/v1/organizations/{org}/alerts/subscriptions": {
              "get": {
                "summary": "Who is told of new alerts, and how",
                "operationId": "listAlertSubscriptions",
                "tags": [
                  "intel"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Subscriptions",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "properties": {
                            "items": {
                              "type": "array",
                              "items": {
                                "$ref": "#/components/schemas/AlertSubscription"
                              }
                            }
                          }
                        }
                      }
                    }
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
                "summary": "Subscribe a channel to new alerts: all, or those of a vendor or product (organization managers)",
                "operationId": "subscribeToAlerts",
                "tags": [
                  "intel"
                ],
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
                        "type": "object",
                        "properties": {
                          "filter": {
                            "type": "string",
                            "enum": [
                              "all",
                              "vendor",
                              "product"
                            ]
                          },
                          "value": {
                            "type": "string"
                          },
                          "channel": {
                            "$ref": "#/components/schemas/NotificationChannel"
                          }
                        },
                        "required": [
                          "filter",
                          "channel"
                        ]
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "Subscribed",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/AlertSubscription"
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
            "/api/v1/organizations/{org}/alerts/subscriptions/{subscription}": {
              "delete": {
                "summary": "Remove a subscription (organization managers)",
                "operationId": "unsubscribeFromAlerts",
                "tags": [
                  "intel"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/subscription"
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Removed"
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
            "/api/v1/organizations/{org}/scans": {
              "get": {
                "summary": "Scans started from the web UI, the API or the command line, newest first",
                "operationId": "listScans",
                "tags": [
                  "scanning"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "name": "limit",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 1000
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Scans",
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
                                "$ref": "#/components/schemas/ScanRun"
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
                "summary": "Start a scan inside the organization's scope; it is queued and runs in the background",
                "operationId": "startScan",
                "tags": [
                  "scanning"
                ],
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
                        "$ref": "#/components/schemas/StartScan"
                      }
                    }
                  }
                },
                "responses": {
                  "202": {
                    "description": "Queued",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ScanRun"
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
                }
              }
            },
            "/api/v1/organizations/{org}/scans/{scan}": {
              "get": {
                "summary": "One scan: its progress and, once it has ended, the hosts, ports and facts it found",
                "operationId": "getScan",
                "tags": [
                  "scanning"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/scan"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The scan",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ScanRunView"
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
            "/api/v1/organizations/{org}/scans/{scan}/cancel": {
              "post": {
                "summary": "Stop a queued or running scan; what it found so far is kept but not recorded",
                "operationId": "cancelScan",
                "tags": [
                  "scanning"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/scan"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The scan, cancelled or asked to stop",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ScanRun"
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
                }
              }
            },
            "/api/v1/organizations/{org}/scans/{scan}/nmap.xml": {
              "get": {
                "summary": "An ended scan in nmap's XML output format",
                "operationId": "getScanXML",
                "tags": [
                  "scanning"
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/org"
                  },
                  {
                    "$ref": "#/components/parameters/scan"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "nmap XML",
                    "content": {
                      "application/xml": {
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
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict"
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
              },
              "agentToken": {
                "type": "http",
                "scheme": "bearer",
                "description": "A scan agent's token (`Authorization: Bearer wagent_…`), shown once by POST /api/v1/organizations/{org}/agents. It opens only the agent protocol (/api/v1/agent/…), and API tokens and browser sessions do not open that."
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
              },
              "finding": {
                "name": "finding",
                "in": "path",
                "required": true,
                "description": "Finding key (asset|port|transport|source|rule), percent-encoded: `|` is `%7C`",
                "schema": {
                  "type": "string"
                }
              },
              "agent": {
                "name": "agent",
                "in": "path",
                "required": true,
                "description": "Scan agent identifier",
                "schema": {
                  "type": "string",
                  "format": "uuid"
                }
              },
              "job": {
                "name": "job",
                "in": "path",
                "required": true,
                "description": "Scan job identifier",
                "schema": {
                  "type": "string",
                  "format": "uuid"
                }
              },
              "subscription": {
                "name": "subscription",
                "in": "path",
                "required": true,
                "schema": {
                  "type": "string",
                  "format": "uuid"
                }
              },
              "scan": {
                "name": "scan",
                "in": "path",
                "required": true,
                "schema": {
                  "type": "string",
                  "format": "uuid"
                },
                "description": "A scan's identifier"
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
                  "organizationID": {
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
                  "operatingSystem": {
                    "type": "string"
                  },
                  "services": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/AssetService"
                    }
                  },
                  "owner": {
                    "type": "string"
                  },
                  "tags": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "firstSeen": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "lastSeen": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "likelyMedical": {
                    "type": "boolean"
                  },
                  "medical": {
                    "$ref": "#/components/schemas/MedicalDevice"
                  }
                },
                "required": [
                  "id",
                  "organizationID",
                  "name",
                  "addresses",
                  "macs",
                  "hostnames",
                  "services",
                  "tags",
                  "firstSeen",
                  "lastSeen",
                  "likelyMedical"
                ]
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
                    "$ref": "#/components/schemas/FindingRecord"
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
              },
              "Severity": {
                "type": "string",
                "enum": [
                  "info",
                  "low",
                  "medium",
                  "high",
                  "critical"
                ]
              },
              "FindingStatus": {
                "type": "string",
                "enum": [
                  "open",
                  "closed",
                  "false_positive",
                  "risk_accepted"
                ]
              },
              "ClinicalCriticality": {
                "type": "string",
                "description": "How much patient care depends on the device",
                "enum": [
                  "life_sustaining",
                  "life_supporting",
                  "diagnostic",
                  "other"
                ]
              },
              "AssetService": {
                "type": "object",
                "description": "A network service an asset offers",
                "properties": {
                  "transport": {
                    "type": "string",
                    "description": "tcp or udp"
                  },
                  "port": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 65535
                  },
                  "name": {
                    "type": "string"
                  },
                  "product": {
                    "type": "string"
                  },
                  "version": {
                    "type": "string"
                  },
                  "cpes": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  }
                },
                "required": [
                  "transport",
                  "port",
                  "cpes"
                ]
              },
              "MDS2Summary": {
                "type": "object",
                "description": "The key answers of the manufacturer's MDS2 form; a question left out means the form does not say",
                "properties": {
                  "formVersion": {
                    "type": "string",
                    "description": "The form's edition, such as 2019"
                  },
                  "formDate": {
                    "type": "string",
                    "format": "date"
                  },
                  "document": {
                    "type": "string",
                    "description": "The stored file's SHA-256 or a link to the form"
                  },
                  "malwareProtection": {
                    "type": "boolean"
                  },
                  "encryptsDataAtRest": {
                    "type": "boolean"
                  },
                  "encryptsDataInTransit": {
                    "type": "boolean"
                  },
                  "requiresAuthentication": {
                    "type": "boolean"
                  },
                  "remoteServiceByManufacturer": {
                    "type": "boolean"
                  },
                  "customerMayPatch": {
                    "type": "boolean",
                    "description": "Whether the hospital may install operating system patches itself"
                  },
                  "otherAnswers": {
                    "type": "object",
                    "description": "Any other question identifier → answer",
                    "additionalProperties": {
                      "type": "string"
                    }
                  }
                },
                "required": [
                  "otherAnswers"
                ]
              },
              "SBOMReference": {
                "type": "object",
                "description": "Where a device's software bill of materials is and what it is",
                "properties": {
                  "format": {
                    "type": "string",
                    "enum": [
                      "cyclonedx",
                      "spdx"
                    ]
                  },
                  "name": {
                    "type": "string",
                    "description": "The document's name or the file it came in"
                  },
                  "document": {
                    "type": "string",
                    "description": "The stored file's SHA-256, or a link"
                  },
                  "componentCount": {
                    "type": "integer",
                    "minimum": 0
                  }
                },
                "required": [
                  "format",
                  "name"
                ]
              },
              "MedicalDevice": {
                "type": "object",
                "description": "What a hospital needs to know about a networked medical device (HICP practice 9)",
                "properties": {
                  "manufacturer": {
                    "type": "string",
                    "minLength": 1
                  },
                  "model": {
                    "type": "string",
                    "minLength": 1
                  },
                  "serial": {
                    "type": "string"
                  },
                  "softwareVersion": {
                    "type": "string"
                  },
                  "deviceType": {
                    "type": "string",
                    "description": "Infusion pump, patient monitor, CT scanner …"
                  },
                  "clinicalFunction": {
                    "type": "string"
                  },
                  "location": {
                    "type": "string"
                  },
                  "department": {
                    "type": "string"
                  },
                  "networkSegment": {
                    "type": "string"
                  },
                  "criticality": {
                    "$ref": "#/components/schemas/ClinicalCriticality"
                  },
                  "storesPHI": {
                    "type": "boolean"
                  },
                  "sendsPHI": {
                    "type": "boolean"
                  },
                  "endOfSupport": {
                    "type": "string",
                    "format": "date"
                  },
                  "vendorRemoteAccess": {
                    "type": "boolean"
                  },
                  "mds2": {
                    "$ref": "#/components/schemas/MDS2Summary"
                  },
                  "sbom": {
                    "$ref": "#/components/schemas/SBOMReference"
                  }
                },
                "required": [
                  "manufacturer",
                  "model",
                  "criticality",
                  "storesPHI",
                  "sendsPHI",
                  "vendorRemoteAccess"
                ]
              },
              "AssetChange": {
                "type": "object",
                "description": "One change to an asset, for its history",
                "properties": {
                  "at": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "source": {
                    "type": "string",
                    "description": "nmap scan.xml, csv assets.csv, edited by …"
                  },
                  "changes": {
                    "type": "object",
                    "description": "Field → old → new",
                    "additionalProperties": {
                      "type": "string"
                    }
                  }
                },
                "required": [
                  "at",
                  "source",
                  "changes"
                ]
              },
              "AssetEdit": {
                "type": "object",
                "description": "A change to an asset by hand: the fields given are set, the others stay. MDS2 and SBOM need the medical-device details (given here or on file).",
                "properties": {
                  "name": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200
                  },
                  "owner": {
                    "type": "string",
                    "description": "Empty clears the owner"
                  },
                  "tags": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "medical": {
                    "allOf": [
                      {
                        "$ref": "#/components/schemas/MedicalDevice"
                      }
                    ],
                    "description": "Sets the medical-device details and confirms that the asset is one; MDS2 and SBOM left out keep the ones on file"
                  },
                  "mds2": {
                    "$ref": "#/components/schemas/MDS2Summary"
                  },
                  "sbom": {
                    "$ref": "#/components/schemas/SBOMReference"
                  },
                  "notMedical": {
                    "type": "boolean",
                    "description": "true: the asset is not a medical device (clears the details and the likely flag)"
                  }
                }
              },
              "FalsePositive": {
                "type": "object",
                "properties": {
                  "reason": {
                    "type": "string"
                  },
                  "by": {
                    "type": "string"
                  },
                  "at": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "expiresAt": {
                    "type": "string",
                    "format": "date-time"
                  }
                },
                "required": [
                  "reason",
                  "by",
                  "at",
                  "expiresAt"
                ]
              },
              "RiskAcceptance": {
                "type": "object",
                "properties": {
                  "approver": {
                    "type": "string"
                  },
                  "at": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "expiresAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "compensatingControls": {
                    "type": "string"
                  }
                },
                "required": [
                  "approver",
                  "at",
                  "expiresAt",
                  "compensatingControls"
                ]
              },
              "FindingRecord": {
                "type": "object",
                "description": "A finding as Ward keeps it, from the scan that first saw it to the scan that no longer does",
                "properties": {
                  "key": {
                    "type": "string",
                    "description": "asset|port|transport|source|rule, stable across scans"
                  },
                  "assetID": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "port": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 65535
                  },
                  "transport": {
                    "type": "string"
                  },
                  "source": {
                    "type": "string",
                    "description": "nessus, openvas, nmap, ward-scanner …"
                  },
                  "rule": {
                    "type": "string",
                    "description": "The plugin, NVT OID, rule or CVE the source reported"
                  },
                  "title": {
                    "type": "string"
                  },
                  "severity": {
                    "$ref": "#/components/schemas/Severity"
                  },
                  "cve": {
                    "type": "string"
                  },
                  "kevDueDate": {
                    "type": "string",
                    "format": "date",
                    "description": "The CISA KEV due date; it sets the remediation clock"
                  },
                  "status": {
                    "$ref": "#/components/schemas/FindingStatus"
                  },
                  "firstSeen": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "lastSeen": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "closedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "verifiedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "reopenCount": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "falsePositive": {
                    "$ref": "#/components/schemas/FalsePositive"
                  },
                  "acceptance": {
                    "$ref": "#/components/schemas/RiskAcceptance"
                  }
                },
                "required": [
                  "key",
                  "assetID",
                  "source",
                  "rule",
                  "title",
                  "severity",
                  "status",
                  "firstSeen",
                  "lastSeen",
                  "reopenCount"
                ]
              },
              "FindingEvent": {
                "type": "object",
                "properties": {
                  "key": {
                    "type": "string"
                  },
                  "kind": {
                    "type": "string",
                    "enum": [
                      "opened",
                      "reopened",
                      "closed",
                      "verified",
                      "marked_false_positive",
                      "accepted",
                      "expired"
                    ]
                  },
                  "at": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "note": {
                    "type": "string"
                  }
                },
                "required": [
                  "key",
                  "kind",
                  "at"
                ]
              },
              "FindingDetail": {
                "type": "object",
                "description": "A finding with its events, remediation due date and whether it is overdue",
                "properties": {
                  "finding": {
                    "$ref": "#/components/schemas/FindingRecord"
                  },
                  "events": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/FindingEvent"
                    }
                  },
                  "dueAt": {
                    "type": "string",
                    "format": "date-time",
                    "description": "Absent when its severity has no clock"
                  },
                  "overdue": {
                    "type": "boolean"
                  }
                },
                "required": [
                  "finding",
                  "events",
                  "overdue"
                ]
              },
              "MarkFalsePositive": {
                "type": "object",
                "properties": {
                  "reason": {
                    "type": "string",
                    "minLength": 1
                  },
                  "expiresAt": {
                    "type": "string",
                    "format": "date-time",
                    "description": "In the future; the remediation policy's falsePositiveDays from now when left out"
                  }
                },
                "required": [
                  "reason"
                ]
              },
              "AcceptRisk": {
                "type": "object",
                "properties": {
                  "approver": {
                    "type": "string",
                    "minLength": 1
                  },
                  "expiresAt": {
                    "type": "string",
                    "format": "date-time",
                    "description": "In the future"
                  },
                  "compensatingControls": {
                    "type": "string",
                    "minLength": 1
                  }
                },
                "required": [
                  "approver",
                  "expiresAt",
                  "compensatingControls"
                ]
              },
              "ReopenFinding": {
                "type": "object",
                "properties": {
                  "reason": {
                    "type": "string",
                    "minLength": 1
                  }
                },
                "required": [
                  "reason"
                ]
              },
              "RemediationPolicy": {
                "type": "object",
                "description": "Days to fix a finding by severity (a KEV due date takes precedence); a severity without days has no clock",
                "properties": {
                  "criticalDays": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 3650,
                    "default": 15
                  },
                  "highDays": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 3650,
                    "default": 30
                  },
                  "mediumDays": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 3650
                  },
                  "lowDays": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 3650
                  },
                  "reopenWindowDays": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 3650,
                    "default": 90,
                    "description": "A finding seen again within this many days of closing is the same finding reopened"
                  },
                  "falsePositiveDays": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 3650,
                    "default": 365,
                    "description": "How long a false-positive mark lasts by default"
                  }
                },
                "required": [
                  "criticalDays",
                  "highDays",
                  "reopenWindowDays",
                  "falsePositiveDays"
                ]
              },
              "FindingMetrics": {
                "type": "object",
                "properties": {
                  "openBySeverity": {
                    "type": "object",
                    "propertyNames": {
                      "$ref": "#/components/schemas/Severity"
                    },
                    "additionalProperties": {
                      "type": "integer",
                      "minimum": 0
                    }
                  },
                  "medianOpenAgeDays": {
                    "type": "number"
                  },
                  "maximumOpenAgeDays": {
                    "type": "number"
                  },
                  "medianDaysToMitigate": {
                    "type": "number",
                    "description": "Median days from first seen to closed, over closed findings"
                  },
                  "overdue": {
                    "type": "integer",
                    "minimum": 0
                  }
                },
                "required": [
                  "openBySeverity",
                  "overdue"
                ]
              },
              "FindingSnapshot": {
                "type": "object",
                "properties": {
                  "week": {
                    "type": "string",
                    "format": "date",
                    "description": "The Monday (UTC) that starts the week"
                  },
                  "takenAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "metrics": {
                    "$ref": "#/components/schemas/FindingMetrics"
                  }
                },
                "required": [
                  "week",
                  "takenAt",
                  "metrics"
                ]
              },
              "Remediation": {
                "type": "object",
                "properties": {
                  "policy": {
                    "$ref": "#/components/schemas/RemediationPolicy"
                  },
                  "current": {
                    "$ref": "#/components/schemas/FindingMetrics"
                  },
                  "weeks": {
                    "type": "array",
                    "description": "Weekly figures, oldest first",
                    "items": {
                      "$ref": "#/components/schemas/FindingSnapshot"
                    }
                  }
                },
                "required": [
                  "policy",
                  "current",
                  "weeks"
                ]
              },
              "OpenVASImportResult": {
                "type": "object",
                "properties": {
                  "hostsRead": {
                    "type": "integer"
                  },
                  "resultsRead": {
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
                  },
                  "scanFinished": {
                    "type": "boolean",
                    "description": "false when the report says the scan stopped or was interrupted"
                  }
                },
                "required": [
                  "hostsRead",
                  "resultsRead",
                  "assetsCreated",
                  "assetsUpdated",
                  "findingsOpened",
                  "findingsReopened",
                  "findingsClosed",
                  "findingsSeen",
                  "scanFinished"
                ]
              },
              "CSVImportResult": {
                "type": "object",
                "properties": {
                  "rowsRead": {
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
                  "ignoredColumns": {
                    "type": "array",
                    "description": "Columns of the file that map to no field",
                    "items": {
                      "type": "string"
                    }
                  }
                },
                "required": [
                  "rowsRead",
                  "created",
                  "updated",
                  "unchanged",
                  "ignoredColumns"
                ]
              },
              "RescanPolicy": {
                "type": "object",
                "description": "How often a host is scanned again, by what its last scan showed; a key left out takes its default",
                "properties": {
                  "kevOrCriticalHours": {
                    "type": "integer",
                    "minimum": 1,
                    "default": 12
                  },
                  "highHours": {
                    "type": "integer",
                    "minimum": 1,
                    "default": 24
                  },
                  "mediumDays": {
                    "type": "integer",
                    "minimum": 1,
                    "default": 4
                  },
                  "lowDays": {
                    "type": "integer",
                    "minimum": 1,
                    "default": 6
                  },
                  "cleanDays": {
                    "type": "integer",
                    "minimum": 1,
                    "default": 7
                  },
                  "downFirstMissDays": {
                    "type": "integer",
                    "minimum": 1,
                    "default": 7,
                    "description": "Days before trying again a host that failed to answer once; each further miss doubles the wait"
                  },
                  "downMaximumDays": {
                    "type": "integer",
                    "minimum": 1,
                    "default": 90,
                    "description": "The longest wait; not below downFirstMissDays"
                  }
                }
              },
              "RescanSettings": {
                "type": "object",
                "properties": {
                  "enabled": {
                    "type": "boolean",
                    "description": "Rescanning runs only for organizations that turned it on"
                  },
                  "policy": {
                    "$ref": "#/components/schemas/RescanPolicy"
                  },
                  "profile": {
                    "type": "string",
                    "enum": [
                      "gentle",
                      "standard",
                      "fast"
                    ],
                    "description": "The safety profile"
                  },
                  "ports": {
                    "type": "string",
                    "description": "The ports every rescan checks, such as 22,80,443,8000-8100"
                  }
                },
                "required": [
                  "enabled",
                  "policy",
                  "profile",
                  "ports"
                ]
              },
              "ScanJobState": {
                "type": "string",
                "enum": [
                  "queued",
                  "running",
                  "done",
                  "failed",
                  "cancelled"
                ]
              },
              "ScanJob": {
                "type": "object",
                "description": "One planned scan of one host",
                "properties": {
                  "id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "organizationID": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "target": {
                    "type": "string",
                    "description": "The address to scan"
                  },
                  "assetID": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "agentID": {
                    "type": "string",
                    "format": "uuid",
                    "description": "The scan agent whose segment holds the target; absent when the server scans it"
                  },
                  "profile": {
                    "type": "string",
                    "enum": [
                      "gentle",
                      "standard",
                      "fast"
                    ]
                  },
                  "ports": {
                    "type": "string"
                  },
                  "reason": {
                    "type": "string",
                    "description": "Why the job is due, such as high finding: every 24 hours"
                  },
                  "dueAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "state": {
                    "$ref": "#/components/schemas/ScanJobState"
                  },
                  "claimedBy": {
                    "type": "string",
                    "description": "A replica name or agent:<id>"
                  },
                  "claimedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "finishedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "attempts": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "hostUp": {
                    "type": "boolean"
                  },
                  "misses": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "result": {
                    "type": "string"
                  },
                  "createdAt": {
                    "type": "string",
                    "format": "date-time"
                  }
                },
                "required": [
                  "id",
                  "organizationID",
                  "target",
                  "profile",
                  "ports",
                  "reason",
                  "dueAt",
                  "state",
                  "attempts",
                  "misses",
                  "createdAt"
                ]
              },
              "PlanResult": {
                "type": "object",
                "properties": {
                  "queued": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "How many jobs were queued"
                  }
                },
                "required": [
                  "queued"
                ]
              },
              "SegmentEntry": {
                "type": "object",
                "properties": {
                  "kind": {
                    "type": "string",
                    "enum": [
                      "include"
                    ]
                  },
                  "target": {
                    "type": "string",
                    "description": "A block, an address, a range or a host name"
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
              "ScanAgent": {
                "type": "object",
                "description": "A ward agent inside one network segment; it scans only addresses in its segment and in the organization's scope",
                "properties": {
                  "id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "organizationID": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "name": {
                    "type": "string"
                  },
                  "prefix": {
                    "type": "string",
                    "description": "The first characters of its token"
                  },
                  "segment": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/SegmentEntry"
                    }
                  },
                  "createdBy": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "createdAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "lastSeenAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "revokedAt": {
                    "type": "string",
                    "format": "date-time"
                  }
                },
                "required": [
                  "id",
                  "organizationID",
                  "name",
                  "prefix",
                  "segment",
                  "createdAt"
                ]
              },
              "CreateAgent": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 100
                  },
                  "segment": {
                    "type": "array",
                    "minItems": 1,
                    "description": "Blocks, ranges or host names the agent stands in, such as 10.20.0.0/16",
                    "items": {
                      "type": "string"
                    }
                  }
                },
                "required": [
                  "name",
                  "segment"
                ]
              },
              "CreatedAgent": {
                "type": "object",
                "properties": {
                  "agent": {
                    "$ref": "#/components/schemas/ScanAgent"
                  },
                  "token": {
                    "type": "string",
                    "description": "The agent's token (wagent_…), in this response only"
                  }
                },
                "required": [
                  "agent",
                  "token"
                ]
              },
              "PortResult": {
                "type": "object",
                "properties": {
                  "port": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 65535
                  },
                  "transport": {
                    "type": "string",
                    "default": "tcp"
                  },
                  "state": {
                    "type": "string",
                    "enum": [
                      "open",
                      "closed",
                      "filtered"
                    ]
                  }
                },
                "required": [
                  "port",
                  "transport",
                  "state"
                ]
              },
              "HostScan": {
                "type": "object",
                "description": "What a connect scan of one host saw",
                "properties": {
                  "address": {
                    "type": "string",
                    "description": "The job's target"
                  },
                  "up": {
                    "type": "boolean",
                    "description": "Whether anything answered (an open or a closed port)"
                  },
                  "ports": {
                    "type": "array",
                    "description": "Open and closed ports; filtered ones are counted, not listed",
                    "items": {
                      "$ref": "#/components/schemas/PortResult"
                    }
                  },
                  "filteredCount": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "profile": {
                    "type": "string",
                    "enum": [
                      "gentle",
                      "standard",
                      "fast"
                    ]
                  },
                  "startedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "finishedAt": {
                    "type": "string",
                    "format": "date-time"
                  }
                },
                "required": [
                  "address",
                  "up",
                  "ports",
                  "filteredCount",
                  "profile",
                  "startedAt",
                  "finishedAt"
                ]
              },
              "AssetSBOM": {
                "type": "object",
                "properties": {
                  "asset": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "file": {
                    "type": "string"
                  },
                  "format": {
                    "type": "string",
                    "enum": [
                      "cyclonedx",
                      "spdx"
                    ]
                  },
                  "specVersion": {
                    "type": "string"
                  },
                  "components": {
                    "type": "integer"
                  },
                  "vexStatements": {
                    "type": "integer"
                  },
                  "sha256": {
                    "type": "string"
                  }
                },
                "required": [
                  "asset",
                  "file",
                  "format",
                  "specVersion",
                  "components",
                  "vexStatements",
                  "sha256"
                ]
              },
              "MatchSource": {
                "type": "object",
                "properties": {
                  "kind": {
                    "type": "string",
                    "description": "nvd, osv, csaf, kev"
                  },
                  "reference": {
                    "type": "string"
                  },
                  "reason": {
                    "type": "string"
                  },
                  "confidence": {
                    "type": "string",
                    "enum": [
                      "exact_cpe",
                      "purl",
                      "cpe_unconfirmed",
                      "name_and_version"
                    ]
                  }
                },
                "required": [
                  "kind",
                  "reference",
                  "reason"
                ]
              },
              "Prioritization": {
                "type": "object",
                "description": "A decision in the manner of CISA's SSVC, with its reasons and due date",
                "properties": {
                  "cve": {
                    "type": "string"
                  },
                  "decision": {
                    "type": "string",
                    "enum": [
                      "act",
                      "attend",
                      "track*",
                      "track"
                    ]
                  },
                  "points": {
                    "type": "object",
                    "properties": {
                      "exploitation": {
                        "type": "string",
                        "enum": [
                          "none",
                          "poc",
                          "active"
                        ]
                      },
                      "automatable": {
                        "type": "string",
                        "enum": [
                          "no",
                          "yes"
                        ]
                      },
                      "technicalImpact": {
                        "type": "string",
                        "enum": [
                          "partial",
                          "total"
                        ]
                      },
                      "wellBeing": {
                        "type": "string",
                        "enum": [
                          "low",
                          "medium",
                          "high"
                        ]
                      }
                    }
                  },
                  "severity": {
                    "type": "string"
                  },
                  "dueDate": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "dueDateReason": {
                    "type": "string"
                  },
                  "reasons": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "ransomware": {
                    "type": "boolean"
                  }
                },
                "required": [
                  "cve",
                  "decision",
                  "points",
                  "severity",
                  "reasons",
                  "ransomware"
                ]
              },
              "VulnerabilityMatch": {
                "type": "object",
                "properties": {
                  "targetID": {
                    "type": "string"
                  },
                  "targetLabel": {
                    "type": "string"
                  },
                  "vulnerability": {
                    "type": "string"
                  },
                  "aliases": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "title": {
                    "type": "string"
                  },
                  "sources": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/MatchSource"
                    }
                  },
                  "confidence": {
                    "type": "string",
                    "enum": [
                      "exact_cpe",
                      "purl",
                      "cpe_unconfirmed",
                      "name_and_version"
                    ]
                  },
                  "suppressedBy": {
                    "type": "object",
                    "description": "The VEX statement that rules the match out"
                  },
                  "prioritization": {
                    "$ref": "#/components/schemas/Prioritization"
                  }
                },
                "required": [
                  "targetID",
                  "targetLabel",
                  "vulnerability",
                  "aliases",
                  "sources",
                  "confidence"
                ]
              },
              "Alert": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "vulnerability": {
                    "type": "string"
                  },
                  "state": {
                    "type": "string",
                    "enum": [
                      "active",
                      "suppressed",
                      "resolved"
                    ]
                  },
                  "decision": {
                    "type": "string"
                  },
                  "title": {
                    "type": "string"
                  },
                  "vendors": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "assets": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "firstSeen": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "lastSeen": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "resolvedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "matches": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/VulnerabilityMatch"
                    }
                  }
                },
                "required": [
                  "id",
                  "vulnerability",
                  "state",
                  "vendors",
                  "assets",
                  "firstSeen",
                  "lastSeen",
                  "matches"
                ]
              },
              "AlertRefresh": {
                "type": "object",
                "properties": {
                  "raised": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "kept": {
                    "type": "integer"
                  },
                  "resolved": {
                    "type": "integer"
                  },
                  "notified": {
                    "type": "integer"
                  },
                  "failures": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  }
                },
                "required": [
                  "raised",
                  "kept",
                  "resolved",
                  "notified",
                  "failures"
                ]
              },
              "AlertSubscription": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "filter": {
                    "type": "string",
                    "enum": [
                      "all",
                      "vendor",
                      "product"
                    ]
                  },
                  "value": {
                    "type": "string"
                  },
                  "channel": {
                    "type": "string",
                    "description": "The channel's kind and address; secrets are never shown"
                  },
                  "createdAt": {
                    "type": "string",
                    "format": "date-time"
                  }
                },
                "required": [
                  "id",
                  "filter",
                  "channel",
                  "createdAt"
                ]
              },
              "NotificationChannel": {
                "type": "object",
                "description": "Where alerts go: a webhook (JSON POST, HMAC-signed when a secret is set; plain http only with allowPlainHTTP), an SMTP relay, or syslog (RFC 5424 over UDP or TCP). See docs/notifications.md.",
                "properties": {
                  "type": {
                    "type": "string",
                    "enum": [
                      "webhook",
                      "smtp",
                      "syslog"
                    ]
                  },
                  "settings": {
                    "type": "object",
                    "properties": {
                      "url": {
                        "type": "string"
                      },
                      "secret": {
                        "type": "string"
                      },
                      "allowPlainHTTP": {
                        "type": "boolean"
                      },
                      "host": {
                        "type": "string"
                      },
                      "port": {
                        "type": "integer"
                      },
                      "from": {
                        "type": "string"
                      },
                      "to": {
                        "type": "array",
                        "items": {
                          "type": "string"
                        }
                      },
                      "clientName": {
                        "type": "string"
                      },
                      "transport": {
                        "type": "string",
                        "enum": [
                          "udp",
                          "tcp"
                        ]
                      },
                      "facility": {
                        "type": "integer",
                        "minimum": 0,
                        "maximum": 23
                      },
                      "hostname": {
                        "type": "string"
                      }
                    }
                  }
                },
                "required": [
                  "type",
                  "settings"
                ]
              },
              "ScanRunState": {
                "type": "string",
                "enum": [
                  "queued",
                  "running",
                  "completed",
                  "cancelled",
                  "failed"
                ]
              },
              "ScanRunSummary": {
                "type": "object",
                "description": "The figures of an ended scan",
                "properties": {
                  "hostsScanned": {
                    "type": "integer"
                  },
                  "hostsUp": {
                    "type": "integer"
                  },
                  "openPorts": {
                    "type": "integer"
                  },
                  "servicesIdentified": {
                    "type": "integer"
                  },
                  "attempts": {
                    "type": "integer"
                  },
                  "peakAttemptsPerSecond": {
                    "type": "integer"
                  },
                  "assetsCreated": {
                    "type": "integer"
                  },
                  "findingsSeen": {
                    "type": "integer"
                  },
                  "findingsOpened": {
                    "type": "integer"
                  },
                  "findingsClosed": {
                    "type": "integer"
                  }
                }
              },
              "ScanRun": {
                "type": "object",
                "description": "A scan started from the web UI, the API or the command line, with its progress",
                "required": [
                  "id",
                  "organizationID",
                  "targets",
                  "ports",
                  "profile",
                  "identify",
                  "requestedBy",
                  "state",
                  "createdAt",
                  "addressesTotal",
                  "pairsTotal",
                  "pairsDone",
                  "openPorts",
                  "cancelRequested",
                  "refused"
                ],
                "properties": {
                  "id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "organizationID": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "targets": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "description": "Addresses, blocks, ranges or host names, as given"
                  },
                  "ports": {
                    "type": "string",
                    "description": "The port list as given: clinical, all, or numbers and ranges"
                  },
                  "profile": {
                    "type": "string",
                    "enum": [
                      "gentle",
                      "standard",
                      "fast"
                    ]
                  },
                  "identify": {
                    "type": "boolean",
                    "description": "Whether services on open ports are identified"
                  },
                  "requestedBy": {
                    "type": "string"
                  },
                  "requestedByUserID": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "state": {
                    "$ref": "#/components/schemas/ScanRunState"
                  },
                  "runner": {
                    "type": "string",
                    "description": "The server replica running it"
                  },
                  "createdAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "startedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "heartbeatAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "finishedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "addressesTotal": {
                    "type": "integer"
                  },
                  "pairsTotal": {
                    "type": "integer",
                    "description": "Address-port pairs to try"
                  },
                  "pairsDone": {
                    "type": "integer",
                    "description": "Pairs with an answer (or a timeout) so far"
                  },
                  "openPorts": {
                    "type": "integer"
                  },
                  "cancelRequested": {
                    "type": "boolean"
                  },
                  "error": {
                    "type": "string"
                  },
                  "summary": {
                    "$ref": "#/components/schemas/ScanRunSummary"
                  },
                  "refused": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "description": "Targets left out, each with the reason"
                  }
                }
              },
              "StartScan": {
                "type": "object",
                "required": [
                  "targets"
                ],
                "properties": {
                  "targets": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "minItems": 1,
                    "maxItems": 1000
                  },
                  "ports": {
                    "type": "string",
                    "description": "clinical (the default), top100 (a healthcare-aware hundred), top1000 (ports 1-1000 and that hundred), all, or numbers and ranges such as 22,80,8000-8100"
                  },
                  "profile": {
                    "type": "string",
                    "enum": [
                      "gentle",
                      "standard",
                      "fast"
                    ],
                    "description": "gentle (the default); standard and fast need the right to manage the scope"
                  },
                  "identify": {
                    "type": "boolean",
                    "description": "Identify services on open ports (the default)"
                  },
                  "maxHosts": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 65536
                  }
                }
              },
              "ScanRunView": {
                "type": "object",
                "required": [
                  "scan"
                ],
                "properties": {
                  "scan": {
                    "$ref": "#/components/schemas/ScanRun"
                  },
                  "result": {
                    "type": "object",
                    "description": "Present once the scan has ended",
                    "properties": {
                      "hosts": {
                        "type": "array",
                        "items": {
                          "type": "object",
                          "properties": {
                            "address": {
                              "type": "string"
                            },
                            "up": {
                              "type": "boolean"
                            },
                            "ports": {
                              "type": "array",
                              "items": {
                                "type": "object",
                                "properties": {
                                  "port": {
                                    "type": "integer"
                                  },
                                  "state": {
                                    "type": "string",
                                    "enum": [
                                      "open",
                                      "closed",
                                      "filtered"
                                    ]
                                  },
                                  "transport": {
                                    "type": "string"
                                  }
                                }
                              }
                            },
                            "filteredCount": {
                              "type": "integer"
                            },
                            "profile": {
                              "type": "string"
                            },
                            "startedAt": {
                              "type": "string",
                              "format": "date-time"
                            },
                            "finishedAt": {
                              "type": "string",
                              "format": "date-time"
                            }
                          }
                        },
                        "description": "Hosts that answered"
                      },
                      "facts": {
                        "type": "object",
                        "description": "What the probes learned, by address, then port, then fact name",
                        "additionalProperties": {
                          "type": "object",
                          "additionalProperties": {
                            "type": "object",
                            "additionalProperties": {
                              "type": "string"
                            }
                          }
                        }
                      },
                      "unresolved": {
                        "type": "array",
                        "items": {
                          "type": "string"
                        }
                      }
                    }
                  }
                }
              },
              "AgentResults": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/HostScan"
                  },
                  {
                    "type": "object",
                    "properties": {
                      "facts": {
                        "type": "object",
                        "description": "What the agent's probes learned about the services on the scan's open ports, by port number, then fact name (service, product, version, cpe, tls.self_signed …); at most 64 facts a port",
                        "additionalProperties": {
                          "type": "object",
                          "additionalProperties": {
                            "type": "string",
                            "maxLength": 1000
                          }
                        }
                      }
                    }
                  }
                ]
              }
            }
          }
        }
        """#
}
