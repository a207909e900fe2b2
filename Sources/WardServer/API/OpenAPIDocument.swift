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
              }
            }
          }
        }
        """#
}
